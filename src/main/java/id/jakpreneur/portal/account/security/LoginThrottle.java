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
 * own account. Used for the login form, the current password on {@code /account/password} and the activation code
 * on {@code /activate}. Requests for a password-reset link are counted the same way in counters of their own
 * ({@code RESET_ACCOUNT}, {@code RESET_ADDRESS}) with their own free requests and delays (decision 95).
 */
@Component
public class LoginThrottle {

	static final String ACCOUNT = "ACCOUNT";

	static final String ADDRESS = "ADDRESS";

	private final JdbcClient jdbc;

	private final Counters logins;

	private final Counters resets;

	LoginThrottle(JdbcClient jdbc, LoginSettings settings, RecoverySettings recovery) {
		this.jdbc = jdbc;
		this.logins = new Counters(ACCOUNT, ADDRESS, settings);
		this.resets = new Counters("RESET_ACCOUNT", "RESET_ADDRESS", recovery.resetRequests());
	}

	/** One kind of counting: the scopes of its two counters and their free attempts and delays. */
	private record Counters(String accountScope, String addressScope, LoginSettings delays) {
	}

	static String loginKey(String username) {
		String name = LoginName.key(username);
		return name.length() > 254 ? name.substring(0, 254) : name;
	}

	/** How long the next attempt for this login from this address must wait; zero when it may be checked now. */
	public Duration waitBefore(String username, String clientAddress) {
		return waitBefore(logins, username, clientAddress);
	}

	/** Counts a wrong password against the login and the address; returns the wait now due before the next one. */
	public Duration recordFailure(String username, String clientAddress) {
		return record(logins, username, clientAddress);
	}

	/** The right password: the account's counter starts again; the address keeps its own. */
	public void recordSuccess(String username) {
		jdbc.sql("delete from login_failure where scope = 'ACCOUNT' and subject = :login")
			.param("login", loginKey(username))
			.update();
	}

	/** How long the next reset request for this login name from this address must wait; zero when it may go now. */
	public Duration resetWaitBefore(String username, String clientAddress) {
		return waitBefore(resets, username, clientAddress);
	}

	/** How long reset requests from this address must wait, whatever login name they give. */
	public Duration resetAddressWait(String clientAddress) {
		return waitBefore(new Counters("", resets.addressScope(), resets.delays()), null, clientAddress);
	}

	/** Counts a reset request, whether or not the login name is an account's; returns the wait now due. */
	public Duration recordResetRequest(String username, String clientAddress) {
		return record(resets, username, clientAddress);
	}

	/**
	 * Counters without a failure for longer than {@code forget-after} are gone anyway; their rows are dropped
	 * ({@link LoginFailureCleanup}). Returns how many.
	 */
	int forgetOldFailures() {
		return jdbc.sql("""
				delete from login_failure
				where last_failure < now() - cast(case when scope like 'RESET%' then :forgetReset else :forget end as interval)
				""")
			.param("forget", seconds(logins.delays().forgetAfter()))
			.param("forgetReset", seconds(resets.delays().forgetAfter()))
			.update();
	}

	private Duration waitBefore(Counters counters, String username, String clientAddress) {
		long millis = jdbc.sql("""
				select cast(coalesce(ceil(extract(epoch from max(next_attempt) - now()) * 1000), 0) as bigint) as wait_ms
				from login_failure
				where ((scope = :accountScope and subject = :login) or (scope = :addressScope and subject = :address))
				  and next_attempt > now()
				""")
			.param("accountScope", counters.accountScope())
			.param("addressScope", counters.addressScope())
			.param("login", loginKey(username))
			.param("address", address(clientAddress))
			.query(Long.class)
			.single();
		return Duration.ofMillis(Math.max(millis, 0));
	}

	private Duration record(Counters counters, String username, String clientAddress) {
		LoginSettings delays = counters.delays();
		count(counters.accountScope(), loginKey(username), delays.accountFreeFailures(), delays);
		count(counters.addressScope(), address(clientAddress), delays.addressFreeFailures(), delays);
		return waitBefore(counters, username, clientAddress);
	}

	private void count(String scope, String subject, int free, LoginSettings settings) {
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
