package id.jakpreneur.portal.account.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import id.jakpreneur.portal.account.security.AccountSessions;
import id.jakpreneur.portal.shared.AfterCommit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Erases an account (UU 27/2022, decision 109): the e-mail address becomes an address of nobody, the name, mobile number
 * and password are replaced, its secrets, counted login failures and sessions are deleted and the audit's reasons
 * blanked, and it is deactivated, so it can never log in again. The role, the dates and the audit's actions stay.
 */
@Component
public class AccountErasure {

	static final String ERASED_NAME = "\u2014";

	private final JdbcClient jdbc;

	private final PasswordEncoder passwordEncoder;

	private final AccountSessions sessions;

	private final Clock clock;

	AccountErasure(JdbcClient jdbc, PasswordEncoder passwordEncoder, AccountSessions sessions, Clock clock) {
		this.jdbc = jdbc;
		this.passwordEncoder = passwordEncoder;
		this.sessions = sessions;
		this.clock = clock;
	}

	/** Returns the rows changed or deleted; 0 for an unknown account. Runs in the caller's transaction. */
	public int erase(long accountId) {
		List<String> logins = jdbc.sql("select email, phone from account where id = :id for update")
			.param("id", accountId)
			.query((rs, n) -> {
				List<String> names = new ArrayList<>();
				names.add(rs.getString("email"));
				names.add(rs.getString("phone"));
				return names.stream().filter(Objects::nonNull).toList();
			})
			.optional()
			.orElse(null);
		if (logins == null) {
			return 0;
		}
		int rows = 0;
		if (!logins.isEmpty()) {
			rows += jdbc.sql("delete from spring_session where principal_name in (:logins)")
				.param("logins", logins)
				.update();
			rows += jdbc.sql("delete from login_failure where scope = 'ACCOUNT' and subject in (:logins)")
				.param("logins", logins)
				.update();
		}
		rows += jdbc.sql("delete from account_secret where account_id = :id").param("id", accountId).update();
		rows += jdbc.sql("update account_audit set reason = '' where account_id = :id and reason <> ''")
			.param("id", accountId)
			.update();
		rows += jdbc.sql("""
				update account set email = :email, phone = null, full_name = :name, password_hash = :hash,
				  enabled = false, deactivated_at = coalesce(deactivated_at, :now), notify_email = false,
				  notify_whatsapp = false, must_change_password = false, last_login_at = null, version = version + 1
				where id = :id
				""")
			.param("email", "erased-" + accountId + "@erased.invalid")
			.param("name", ERASED_NAME)
			.param("hash", passwordEncoder.encode(UUID.randomUUID().toString()))
			.param("now", Timestamp.from(clock.instant()))
			.param("id", accountId)
			.update();
		// a request that read the session before the delete and writes it back afterwards is ended too
		AfterCommit.run(() -> logins.forEach(login -> sessions.endAllBut(login, null)));
		return rows;
	}

}
