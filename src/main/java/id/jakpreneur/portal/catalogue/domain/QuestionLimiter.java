package id.jakpreneur.portal.catalogue.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts ask-the-seller messages in PostgreSQL, so every instance shares the counts: per client address (kept only as
 * its SHA-256), per seller and overall, in fixed windows, as registrations are counted. A message over any limit is
 * refused (and still counted). Runs in its own short transaction.
 */
@Component
class QuestionLimiter {

	private final JdbcClient jdbc;

	private final CatalogueSettings settings;

	private final Clock clock;

	QuestionLimiter(JdbcClient jdbc, CatalogueSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean tryAcquire(String clientAddress, long sellerId) {
		long windowMillis = settings.questionWindow().toMillis();
		Instant now = clock.instant();
		Instant windowStart = Instant.ofEpochMilli(now.toEpochMilli() / windowMillis * windowMillis);
		jdbc.sql("delete from catalogue_question_attempt where window_start < :expired")
			.param("expired", Timestamp.from(windowStart.minus(settings.questionWindow())))
			.update();
		int fromAddress = count("a:" + sha256(clientAddress), windowStart);
		int toSeller = count("s:" + sellerId, windowStart);
		int overall = count("all", windowStart);
		return fromAddress <= settings.questionsPerAddress() && toSeller <= settings.questionsPerSeller()
				&& overall <= settings.questionsOverall();
	}

	private int count(String scope, Instant windowStart) {
		return jdbc.sql("""
				insert into catalogue_question_attempt (scope, window_start, attempts) values (:scope, :windowStart, 1)
				on conflict (scope, window_start) do update set attempts = catalogue_question_attempt.attempts + 1
				returning attempts
				""")
			.param("scope", scope)
			.param("windowStart", Timestamp.from(windowStart))
			.query(Integer.class)
			.single();
	}

	private static String sha256(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(String.valueOf(value).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
