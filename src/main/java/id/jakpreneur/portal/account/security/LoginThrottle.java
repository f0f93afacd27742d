package id.jakpreneur.portal.account.security;

import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per (login name, client address) in PostgreSQL, so every portal instance sees
 * the same counts, measured by the database's clock. Keying on the pair means an attacker elsewhere slows
 * only their own attempts; the lock always expires, so nobody is locked out for good.
 */
@Component
class LoginThrottle {

	private final JdbcTemplate jdbc;

	private final LoginSettings settings;

	LoginThrottle(JdbcTemplate jdbc, LoginSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	static String key(String username, String clientAddress) {
		String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		return (name.length() > 254 ? name.substring(0, 254) : name) + "|" + clientAddress;
	}

	boolean isLocked(String key) {
		return Boolean.TRUE.equals(jdbc.queryForObject(
				"select exists (select 1 from login_throttle where throttle_key = ? and locked_until > now())",
				Boolean.class, key));
	}

	void recordFailure(String key) {
		// one statement: a new count once the window has passed, else one more; lock on reaching the limit
		jdbc.update("""
				insert into login_throttle as t (throttle_key, failures, first_failure, locked_until)
				values (?, 1, now(), null)
				on conflict (throttle_key) do update set
				  failures = case when t.first_failure < now() - ?::interval then 1 else t.failures + 1 end,
				  first_failure = case when t.first_failure < now() - ?::interval then now() else t.first_failure end,
				  locked_until = case when t.first_failure >= now() - ?::interval and t.failures + 1 >= ?
				                      then now() + ?::interval else t.locked_until end
				""", key, interval(settings.failureWindow()), interval(settings.failureWindow()),
				interval(settings.failureWindow()), settings.maxFailures(), interval(settings.lockDuration()));
	}

	void recordSuccess(String key) {
		jdbc.update("delete from login_throttle where throttle_key = ?", key);
	}

	private static String interval(java.time.Duration duration) {
		return duration.toSeconds() + " seconds";
	}

}
