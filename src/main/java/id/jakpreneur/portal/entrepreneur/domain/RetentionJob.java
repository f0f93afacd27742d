package id.jakpreneur.portal.entrepreneur.domain;

import java.time.Duration;
import java.util.Map;

import id.jakpreneur.portal.shared.JobSchedule;
import id.jakpreneur.portal.shared.ScheduledJob;
import org.springframework.stereotype.Component;

/** The retention schedule, applied once a night across instances ({@link Retention}). */
@Component
class RetentionJob implements ScheduledJob {

	private final Retention retention;

	private final RetentionSettings settings;

	RetentionJob(Retention retention, RetentionSettings settings) {
		this.retention = retention;
		this.settings = settings;
	}

	@Override
	public String name() {
		return "entrepreneur.retention";
	}

	@Override
	public JobSchedule schedule() {
		return JobSchedule.cron(settings.cron()).longestRun(Duration.ofHours(1));
	}

	@Override
	public String run() {
		Map<String, Integer> counts = retention.run();
		return counts.isEmpty() ? "" : "retention: " + counts;
	}

}
