package id.jakpreneur.portal.notification.outbox;

import id.jakpreneur.portal.shared.JobSchedule;
import id.jakpreneur.portal.shared.ScheduledJob;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox's due messages on a schedule: retries whose back-off ended, messages of a worker that stopped
 * mid-send once their lease ran out, and anything whose after-commit nudge was lost (an instance stopping).
 */
@Component
class OutboxJob implements ScheduledJob {

	private final OutboxWorker worker;

	private final NotificationSettings settings;

	OutboxJob(OutboxWorker worker, NotificationSettings settings) {
		this.worker = worker;
		this.settings = settings;
	}

	@Override
	public String name() {
		return "notification.outbox";
	}

	@Override
	public JobSchedule schedule() {
		return JobSchedule.every(settings.retryInterval(), settings.retryInterval());
	}

	@Override
	public String run() {
		int sent = worker.sendDue();
		return sent == 0 ? "" : sent + " messages sent";
	}

}
