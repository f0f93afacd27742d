package id.jakpreneur.portal.notification.outbox;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox sends ({@code jakpreneur.notification.*}).
 *
 * @param mailFrom sender address of e-mails (sent only when {@code spring.mail.host} is set)
 * @param portalUrl the portal's public address, for links in messages
 * @param retryDelays the wait after the first, second, … failed attempt; the last one repeats
 * @param maxAttempts attempts before a message is given up (FAILED)
 * @param lease how long a claimed message is left to its worker before another may send it (a crash mid-send)
 * @param batchSize messages claimed at a time
 * @param retryInterval how often the scheduled job sends what is due (retries, and messages whose nudge was lost)
 */
@ConfigurationProperties("jakpreneur.notification")
public record NotificationSettings(@DefaultValue("noreply@jakpreneur.local") String mailFrom,
		@DefaultValue("http://localhost:8080") String portalUrl,
		@DefaultValue({ "1m", "5m", "30m", "2h", "12h" }) List<Duration> retryDelays,
		@DefaultValue("6") int maxAttempts, @DefaultValue("5m") Duration lease, @DefaultValue("20") int batchSize,
		@DefaultValue("30s") Duration retryInterval) {

	public NotificationSettings {
		retryDelays = List.copyOf(retryDelays);
		if (retryDelays.isEmpty() || maxAttempts < 1 || batchSize < 1 || lease.isNegative() || lease.isZero()) {
			throw new IllegalArgumentException("jakpreneur.notification: retry delays, attempts, batch, lease needed");
		}
		portalUrl = portalUrl.replaceAll("/+$", "");
	}

	/** The defaults, for tests and tools. */
	public static NotificationSettings defaults() {
		return new NotificationSettings("noreply@jakpreneur.local", "http://localhost:8080",
				List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2),
						Duration.ofHours(12)),
				6, Duration.ofMinutes(5), 20, Duration.ofSeconds(30));
	}

	/** The wait after the given number of failed attempts (1 = after the first). */
	public Duration retryDelay(int failedAttempts) {
		return retryDelays.get(Math.min(Math.max(failedAttempts, 1), retryDelays.size()) - 1);
	}

}
