package id.jakpreneur.portal.entrepreneur.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts submitted registrations in PostgreSQL, so every instance shares the counts: per client address and overall,
 * in fixed windows. A submission over either limit is refused (and still counted). Addresses are kept only as their
 * SHA-256. The count runs in its own short transaction: the overall row is one hot row, locked for one statement.
 */
@Component
public class RegistrationLimiter {

	static final String OVERALL = "all";

	private final JdbcClient jdbc;

	private final RegistrationSettings settings;

	private final Clock clock;

	RegistrationLimiter(JdbcClient jdbc, RegistrationSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	/** Counts one submission from the address; false when it is over the address's or the overall limit. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean tryAcquire(String clientAddress) {
		Instant now = clock.instant();
		long windowMillis = settings.window().toMillis();
		Instant windowStart = Instant.ofEpochMilli(now.toEpochMilli() / windowMillis * windowMillis);
		jdbc.sql("delete from registration_attempt where window_start < :expired")
			.param("expired", Timestamp.from(windowStart.minus(settings.window())))
			.update();
		int fromAddress = count("a:" + sha256(clientAddress), windowStart);
		int overall = count(OVERALL, windowStart);
		return fromAddress <= settings.perAddress() && overall <= settings.overall();
	}

	private int count(String scope, Instant windowStart) {
		List<Integer> attempts = jdbc.sql("""
				insert into registration_attempt (scope, window_start, attempts) values (:scope, :windowStart, 1)
				on conflict (scope, window_start) do update set attempts = registration_attempt.attempts + 1
				returning attempts
				""")
			.param("scope", scope)
			.param("windowStart", Timestamp.from(windowStart))
			.query(Integer.class)
			.list();
		return attempts.get(0);
	}

	private static String sha256(String value) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
