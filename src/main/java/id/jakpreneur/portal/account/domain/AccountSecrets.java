package id.jakpreneur.portal.account.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one place that makes, finds and uses up an account's one-time secrets (table {@code account_secret}, decision
 * 95): a link's token (32 random bytes, Base64url, 256 bits) and, for an activation by someone else's hand, a code of
 * {@value #CODE_LENGTH} characters a person can type from a printed slip. Only SHA-256 hashes are stored (the code's
 * with the account id, so one code of two accounts hashes differently). Using a secret is one guarded update, so it
 * works once even when sent twice at the same moment; issuing a new one voids the account's open ones of that purpose.
 */
@Component
public class AccountSecrets {

	/** Letters and digits without the look-alikes 0/O, 1/I/L. */
	static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

	static final int CODE_LENGTH = 8;

	static final int TOKEN_LENGTH = 43;

	public enum Purpose {
		RESET, ACTIVATION
	}

	/** A secret just made: the token, the code (null without one) and when they stop working. Never stored. */
	public record Issued(String token, String code, Instant expiresAt) {
	}

	/** An unused, unexpired secret: whose, for what, and whether using it sets the password. */
	public record Open(long id, long accountId, Purpose purpose, boolean setsPassword) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	AccountSecrets(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Voids the account's open secrets of this purpose and stores a new one. */
	public Issued issue(long accountId, Purpose purpose, Duration validity, boolean withCode, boolean setsPassword,
			Long issuedBy) {
		Instant now = clock.instant();
		jdbc.sql("""
				update account_secret set expires_at = :now
				where account_id = :accountId and purpose = :purpose and used_at is null and expires_at > :now
				""")
			.param("now", Timestamp.from(now))
			.param("accountId", accountId)
			.param("purpose", purpose.name())
			.update();
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		String code = withCode ? newCode() : null;
		Instant expiresAt = now.plus(validity);
		jdbc.sql("""
				insert into account_secret (account_id, purpose, token_hash, code_hash, sets_password, issued_by,
				                            created_at, expires_at)
				values (:accountId, :purpose, :tokenHash, :codeHash, :setsPassword, :issuedBy, :now, :expiresAt)
				""")
			.param("accountId", accountId)
			.param("purpose", purpose.name())
			.param("tokenHash", sha256(token))
			.param("codeHash", code == null ? null : codeHash(accountId, code))
			.param("setsPassword", setsPassword)
			.param("issuedBy", issuedBy)
			.param("now", Timestamp.from(now))
			.param("expiresAt", Timestamp.from(expiresAt))
			.update();
		return new Issued(token, code, expiresAt);
	}

	/** The open secret of this purpose whose link carries the token. */
	public Optional<Open> byToken(String token, Purpose purpose) {
		if (token == null || token.length() != TOKEN_LENGTH) {
			return Optional.empty();
		}
		return find("token_hash = :hash", sha256(token), purpose);
	}

	/** The open secret of this purpose of the account with this code (typed with or without spaces and dashes). */
	public Optional<Open> byCode(long accountId, String code, Purpose purpose) {
		String typed = normaliseCode(code);
		if (typed.length() != CODE_LENGTH) {
			return Optional.empty();
		}
		return find("code_hash = :hash", codeHash(accountId, typed), purpose);
	}

	/** Uses the secret up; false when someone else used it (or it expired) since it was found. */
	public boolean use(Open secret) {
		Timestamp now = Timestamp.from(clock.instant());
		return jdbc.sql("""
				update account_secret set used_at = :now
				where id = :id and used_at is null and expires_at > :now
				""").param("now", now).param("id", secret.id()).update() == 1;
	}

	/**
	 * Deletes the hashes of secrets used or expired longer than {@code keep} ago: they open nothing any more, and the
	 * account's page and audit say what was sent and when.
	 */
	public int forgetOld(Duration keep) {
		return jdbc.sql("delete from account_secret where coalesce(used_at, expires_at) < :before")
			.param("before", Timestamp.from(clock.instant().minus(keep)))
			.update();
	}

	/** A code as printed: two groups of four, easier to read out and type. */
	public static String printed(String code) {
		return code == null ? null : code.substring(0, 4) + "-" + code.substring(4);
	}

	private Optional<Open> find(String condition, byte[] hash, Purpose purpose) {
		return jdbc.sql("""
				select id, account_id, purpose, sets_password from account_secret
				where %s and purpose = :purpose and used_at is null and expires_at > :now
				""".formatted(condition))
			.param("hash", hash)
			.param("purpose", purpose.name())
			.param("now", Timestamp.from(clock.instant()))
			.query((rs, row) -> new Open(rs.getLong("id"), rs.getLong("account_id"),
					Purpose.valueOf(rs.getString("purpose")), rs.getBoolean("sets_password")))
			.optional();
	}

	private String newCode() {
		StringBuilder code = new StringBuilder(CODE_LENGTH);
		for (int i = 0; i < CODE_LENGTH; i++) {
			code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
		}
		return code.toString();
	}

	static String normaliseCode(String code) {
		return code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
	}

	private static byte[] codeHash(long accountId, String code) {
		return sha256(accountId + ":" + code);
	}

	private static byte[] sha256(String value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
