package id.jakpreneur.portal.entrepreneur.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import id.jakpreneur.portal.account.AccountManagement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time links that activate the account of an online registration. The token (32 random bytes, Base64url) is sent
 * by mail only; the database keeps its SHA-256. Using a link is one guarded update, so a link works once even when
 * opened twice at the same moment.
 */
@Service
@Transactional
public class RegistrationActivations {

	private final JdbcClient jdbc;

	private final AccountManagement accounts;

	private final RegistrationMail mail;

	private final RegistrationSettings settings;

	private final Clock clock;

	RegistrationActivations(JdbcClient jdbc, AccountManagement accounts, RegistrationMail mail,
			RegistrationSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.mail = mail;
		this.settings = settings;
		this.clock = clock;
	}

	/** Stores a new link for the account and mails it after the commit. */
	public void issue(long accountId, String email, String fullName) {
		String token = SecretTokens.newToken();
		Instant now = clock.instant();
		jdbc.sql("""
				insert into registration_activation (token_hash, account_id, created_at, expires_at)
				values (:tokenHash, :accountId, :createdAt, :expiresAt)
				""")
			.param("tokenHash", SecretTokens.sha256(token))
			.param("accountId", accountId)
			.param("createdAt", Timestamp.from(now))
			.param("expiresAt", Timestamp.from(now.plus(settings.activationValidity())))
			.update();
		mail.activation(accountId, fullName, token);
	}

	/**
	 * Activates the account of an unused, unexpired link; returns its login (the e-mail address, or the mobile number
	 * of an account without one), or empty for any other token.
	 */
	public Optional<String> activate(String token) {
		if (token == null || token.length() != SecretTokens.LENGTH) {
			return Optional.empty();
		}
		List<Long> accountIds = jdbc.sql("""
				update registration_activation set used_at = :now
				where token_hash = :tokenHash and used_at is null and expires_at > :now
				returning account_id
				""")
			.param("now", Timestamp.from(clock.instant()))
			.param("tokenHash", SecretTokens.sha256(token))
			.query(Long.class)
			.list();
		if (accountIds.isEmpty()) {
			return Optional.empty();
		}
		accounts.activate(accountIds.get(0));
		return jdbc.sql("select coalesce(email, phone) from account_directory where id = :id")
			.param("id", accountIds.get(0))
			.query(String.class)
			.optional();
	}

}
