package id.jakpreneur.portal.account.security;

import java.time.Duration;

import id.jakpreneur.portal.account.domain.LoginName;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting an attacker lock anybody out (decision 79). Failures are counted per
 * login name (the account, whatever address they come from: a distributed attack) and per client address (whatever
 * login they name: password spraying), in PostgreSQL, so every instance sees the same counts, measured by the
 * database's clock. Past a few free failures each counter grows an exponential delay, capped, before its next
 * attempt is checked; an attempt during the delay is refused unchecked and not counted. A correct password clears
 * the account's counter but not the address's, so an attacker cannot reset their address by logging in to their
 * own account. Used for the login form and for the current password on {@code /account/password}.
 */
@Component
public class LoginThrottle {

	static final String ACCOUNT = "ACCOUNT";

	static final String ADDRESS = "ADDRESS";

	private final JdbcClient jdbc;

	private final LoginSettings settings;

	LoginThrottle(JdbcClient jdbc, LoginSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	static String loginKey(String username) {
		String name = LoginName.key(username);
		return name.length() > 254 ? name.substring(0, 254) : name;
	}

	/** How long the next attempt for this login from this address must wait; zero when it may be checked now. */
	public Duration waitBefore(String username, String clientAddress) {
		long millis = jdbc.sql("""
				select cast(coalesce(ceil(extract(epoch from max(next_attempt) - now()) * 1000), 0) as bigint) as wait_ms
				from login_failure
				where ((scope = 'ACCOUNT' and subject = :login) or (scope = 'ADDRESS' and subject = :address))
				  and next_attempt > now()
				""")
			.param("login", loginKey(username))
			.param("address", address(clientAddress))
			.query(Long.class)
			.single();
		return Duration.ofMillis(Math.max(millis, 0));
	}

	/** Counts a wrong password against the login and the address; returns the wait now due before the next one. */
	public Duration recordFailure(String username, String clientAddress) {
		count(ACCOUNT, loginKey(username), settings.accountFreeFailures());
		count(ADDRESS, address(clientAddress), settings.addressFreeFailures());
		return waitBefore(username, clientAddress);
	}

	/** The right password: the account's counter starts again; the address keeps its own. */
	public void recordSuccess(String username) {
		jdbc.sql("delete from login_failure where scope = 'ACCOUNT' and subject = :login")
			.param("login", loginKey(username))
			.update();
	}

	/**
	 * Counters without a failure for longer than {@code forget-after} are gone anyway; their rows are dropped
	 * ({@link LoginFailureCleanup}). Returns how many.
	 */
	int forgetOldFailures() {
		return jdbc.sql("delete from login_failure where last_failure < now() - cast(:forget as interval)")
			.param("forget", seconds(settings.forgetAfter()))
			.update();
	}

	private void count(String scope, String subject, int free) {
		// the failure count after this one: a fresh start once the last failure is forgotten
		String failures = "(case when f.last_failure < now() - cast(:forget as interval) then 1 else f.failures + 1 end)";
		jdbc.sql("""
				insert into login_failure as f (scope, subject, failures, last_failure, next_attempt)
				values (:scope, :subject, 1, now(), now() + cast(:firstDelay as interval))
				on conflict (scope, subject) do update set
				  failures = %1$s,
				  last_failure = now(),
				  next_attempt = now() + case when %1$s <= :free then interval '0 seconds'
				    else least(cast(:max as interval),
				               cast(:base as interval) * power(2, least(%1$s - :free - 1, 30))) end
				""".formatted(failures))
			.param("scope", scope)
			.param("subject", subject)
			.param("firstDelay", seconds(settings.delayAfter(1, free)))
			.param("forget", seconds(settings.forgetAfter()))
			.param("free", free)
			.param("max", seconds(settings.maxDelay()))
			.param("base", seconds(settings.baseDelay()))
			.update();
	}

	private static String address(String clientAddress) {
		return clientAddress == null || clientAddress.isBlank() ? "unknown" : clientAddress;
	}

	private static String seconds(Duration duration) {
		return duration.toMillis() / 1000.0 + " seconds";
	}

}
