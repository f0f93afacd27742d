package id.jakpreneur.portal.account.security;

import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per (login name, client address) in PostgreSQL, so every portal instance sees
 * the same counts, measured by the database's clock. Keying on the pair means an attacker elsewhere slows
 * only their own attempts; the lock always expires, so nobody is locked out for good.
 */
@Component
class LoginThrottle {

	private final JdbcClient jdbc;

	private final LoginSettings settings;

	LoginThrottle(JdbcClient jdbc, LoginSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	static String key(String username, String clientAddress) {
		String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		return (name.length() > 254 ? name.substring(0, 254) : name) + "|" + clientAddress;
	}

	boolean isLocked(String key) {
		return jdbc.sql("select exists (select 1 from login_throttle where throttle_key = :key and locked_until > now())")
			.param("key", key)
			.query(Boolean.class)
			.single();
	}

	void recordFailure(String key) {
		// one statement: a new count once the window has passed, else one more; lock on reaching the limit
		jdbc.sql("""
				insert into login_throttle as t (throttle_key, failures, first_failure, locked_until)
				values (:key, 1, now(), null)
				on conflict (throttle_key) do update set
				  failures = case when t.first_failure < now() - cast(:window as interval) then 1 else t.failures + 1 end,
				  first_failure = case when t.first_failure < now() - cast(:window as interval) then now()
				                       else t.first_failure end,
				  locked_until = case when t.first_failure >= now() - cast(:window as interval) and t.failures + 1 >= :max
				                      then now() + cast(:lock as interval) else t.locked_until end
				""")
			.param("key", key)
			.param("window", interval(settings.failureWindow()))
			.param("max", settings.maxFailures())
			.param("lock", interval(settings.lockDuration()))
			.update();
	}

	void recordSuccess(String key) {
		jdbc.sql("delete from login_throttle where throttle_key = :key").param("key", key).update();
	}

	private static String interval(java.time.Duration duration) {
		return duration.toSeconds() + " seconds";
	}

}
