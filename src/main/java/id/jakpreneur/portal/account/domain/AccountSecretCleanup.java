package id.jakpreneur.portal.account.domain;

import java.time.Duration;

import id.jakpreneur.portal.shared.JobSchedule;
import id.jakpreneur.portal.shared.ScheduledJob;
import org.springframework.stereotype.Component;

/**
 * Drops reset links and activation codes a week after they were used or expired, once a day across instances: a
 * spent secret's hash serves nobody, and the table stays as small as the secrets that still open something.
 */
@Component
class AccountSecretCleanup implements ScheduledJob {

	private static final Duration KEEP = Duration.ofDays(7);

	private final AccountSecrets secrets;

	AccountSecretCleanup(AccountSecrets secrets) {
		this.secrets = secrets;
	}

	@Override
	public String name() {
		return "account.secret-cleanup";
	}

	@Override
	public JobSchedule schedule() {
		return JobSchedule.every(Duration.ofDays(1), Duration.ofMinutes(30));
	}

	@Override
	public String run() {
		int dropped = secrets.forgetOld(KEEP);
		return dropped == 0 ? "" : dropped + " spent secrets dropped";
	}

}
