package id.jakpreneur.portal.assessment.domain;

import java.time.Duration;

import id.jakpreneur.portal.shared.JobSchedule;
import id.jakpreneur.portal.shared.ScheduledJob;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Finds a bulk re-assessment whose instance died (no heartbeat for {@code jakpreneur.assessment.bulk.stale-after},
 * 30 s by default) or gave it back on stopping, and resumes it on this instance: once across instances, at start-up
 * and every {@code jakpreneur.assessment.bulk.watchdog-interval} (15 s), so a dead run goes on within a minute.
 */
@Component
class BulkWatchdog implements ScheduledJob {

	private final BulkReassessment bulk;

	private final Duration interval;

	BulkWatchdog(BulkReassessment bulk, @Value("${jakpreneur.assessment.bulk.watchdog-interval:PT15S}") Duration interval) {
		this.bulk = bulk;
		this.interval = interval;
	}

	@Override
	public String name() {
		return "assessment.bulk-watchdog";
	}

	@Override
	public JobSchedule schedule() {
		return JobSchedule.every(interval, Duration.ZERO).longestRun(Duration.ofMinutes(1));
	}

	@Override
	public String run() {
		return bulk.resumeStale();
	}

}
