package id.jakpreneur.portal.outlet.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import id.jakpreneur.portal.shared.JobSchedule;
import id.jakpreneur.portal.shared.ScheduledJob;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every hour (at minute 5), reminds participants of a place offered to them whose confirmation deadline is less
 * than {@code jakpreneur.outlet.offer-reminder-before} (default one day) away: {@code PLACE_OFFER_EXPIRING}, once per
 * offer (its dedupe key), however often the job runs; offers past their deadline are {@link OfferExpiry}'s.
 */
@Component
public class OfferReminders implements ScheduledJob {

	private final OutletNotices notices;

	private final Clock clock;

	private final Duration before;

	private final String cron;

	OfferReminders(OutletNotices notices, Clock clock,
			@Value("${jakpreneur.outlet.offer-reminder-before:P1D}") Duration before,
			@Value("${jakpreneur.outlet.offer-reminder-cron:0 5 * * * *}") String cron) {
		this.notices = notices;
		this.clock = clock;
		this.before = before;
		this.cron = cron;
	}

	@Override
	public String name() {
		return "outlet.offer-reminders";
	}

	@Override
	public JobSchedule schedule() {
		return JobSchedule.cron(cron);
	}

	@Override
	public String run() {
		int sent = remind(clock.instant());
		return sent == 0 ? "" : sent + " reminder(s)";
	}

	/** Reminds of the open offers whose deadline is after {@code now} and at most the reminder time away. */
	@Transactional
	public int remind(Instant now) {
		return notices.expiring(now, now.plus(before));
	}

}
