package id.jakpreneur.portal.account.security;

import id.jakpreneur.portal.shared.JobSchedule;
import id.jakpreneur.portal.shared.ScheduledJob;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Deletes expired sessions (every five minutes by default, {@code jakpreneur.account.session-cleanup-cron}) once
 * across instances. Spring Session's own timer, which every instance would run, is off
 * ({@code spring.session.jdbc.cleanup-cron=-}).
 */
@Component
class SessionCleanup implements ScheduledJob {

	private final ChangedOnlySessions sessions;

	private final String cron;

	SessionCleanup(ChangedOnlySessions sessions,
			@Value("${jakpreneur.account.session-cleanup-cron:0 */5 * * * *}") String cron) {
		this.sessions = sessions;
		this.cron = cron;
	}

	@Override
	public String name() {
		return "account.session-cleanup";
	}

	@Override
	public JobSchedule schedule() {
		return JobSchedule.cron(cron);
	}

	@Override
	public String run() {
		sessions.deleteExpired();
		return "";
	}

}
