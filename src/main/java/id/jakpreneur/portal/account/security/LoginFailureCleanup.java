package id.jakpreneur.portal.account.security;

import java.time.Duration;

import id.jakpreneur.portal.shared.JobSchedule;
import id.jakpreneur.portal.shared.ScheduledJob;
import org.springframework.stereotype.Component;

/**
 * Drops failed-login counters nobody has added to for longer than {@code forget-after} (they count as a fresh start
 * anyway), every ten minutes, once across instances.
 */
@Component
class LoginFailureCleanup implements ScheduledJob {

	private static final Duration EVERY = Duration.ofMinutes(10);

	private final LoginThrottle throttle;

	LoginFailureCleanup(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	public String name() {
		return "account.login-failure-cleanup";
	}

	@Override
	public JobSchedule schedule() {
		return JobSchedule.every(EVERY, EVERY);
	}

	@Override
	public String run() {
		int dropped = throttle.forgetOldFailures();
		return dropped == 0 ? "" : dropped + " counters dropped";
	}

}
