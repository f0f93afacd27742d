package id.jakpreneur.portal.entrepreneur.domain;

import java.time.Duration;

import id.jakpreneur.portal.shared.JobSchedule;
import id.jakpreneur.portal.shared.ScheduledJob;
import org.springframework.stereotype.Component;

/** Deletes registration drafts past their expiry (with the NIK, KK and password they hold), every half hour. */
@Component
class RegistrationDraftPurge implements ScheduledJob {

	private static final Duration EVERY = Duration.ofMinutes(30);

	private final RegistrationDrafts drafts;

	RegistrationDraftPurge(RegistrationDrafts drafts) {
		this.drafts = drafts;
	}

	@Override
	public String name() {
		return "entrepreneur.registration-draft-purge";
	}

	@Override
	public JobSchedule schedule() {
		return JobSchedule.every(EVERY, EVERY);
	}

	@Override
	public String run() {
		int purged = drafts.purgeExpired();
		return purged == 0 ? "" : purged + " expired registration drafts deleted";
	}

}
