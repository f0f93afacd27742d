package id.jakpreneur.portal.shared;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Objects;

import org.springframework.scheduling.support.CronExpression;

/**
 * When a {@link ScheduledJob} runs: at the times of a cron expression (in Jakarta's zone; {@code "-"} switches the
 * job off), or at a fixed delay after each run ends. Whichever instance runs the job holds its lock at least for
 * {@value #AT_LEAST_PERCENT}% of the time to the next firing, so the other instances, firing a moment later for the
 * same slot, skip; and at most for {@code longestRun} (from its start) if it dies mid-run.
 *
 * @param cron the cron expression, or {@code null} for a fixed delay
 * @param delay the delay after each run, or {@code null} for a cron schedule
 * @param initialDelay the delay before the first run of a fixed-delay job
 * @param longestRun how long a run may take at most before another instance may take the job over
 */
public record JobSchedule(String cron, Duration delay, Duration initialDelay, Duration longestRun) {

	/** Share of the time to the next firing that a run keeps the lock, at least. */
	public static final int AT_LEAST_PERCENT = 90;

	/** Cron value that switches a job off, as for {@code @Scheduled}. */
	public static final String OFF = "-";

	private static final Duration DEFAULT_LONGEST_RUN = Duration.ofMinutes(10);

	public JobSchedule {
		if ((cron == null) == (delay == null)) {
			throw new IllegalArgumentException("a job runs either by cron or at a fixed delay");
		}
		if (cron != null && !OFF.equals(cron)) {
			CronExpression.parse(cron);
		}
		if (delay != null && (delay.isNegative() || delay.isZero())) {
			throw new IllegalArgumentException("a fixed delay must be positive: " + delay);
		}
		Objects.requireNonNull(longestRun, "longestRun");
		if (delay != null && initialDelay == null) {
			initialDelay = Duration.ZERO;
		}
	}

	/** At the times of this cron expression, in Jakarta's zone. */
	public static JobSchedule cron(String expression) {
		return new JobSchedule(expression, null, null, DEFAULT_LONGEST_RUN);
	}

	/** This long after each run ends, the first time {@code initialDelay} after start-up. */
	public static JobSchedule every(Duration delay, Duration initialDelay) {
		return new JobSchedule(null, delay, initialDelay, DEFAULT_LONGEST_RUN);
	}

	/** The same schedule, for a job whose run may take this long (10 minutes unless said). */
	public JobSchedule longestRun(Duration duration) {
		return new JobSchedule(cron, delay, initialDelay, duration);
	}

	public boolean off() {
		return OFF.equals(cron);
	}

	/**
	 * How long a run keeps the lock at least, counted from {@code from} (the time a cron run was scheduled for, or
	 * when a fixed-delay run starts): most of the time to the job's next firing (the cron's next time, or the delay).
	 */
	public Duration lockAtLeastFor(ZonedDateTime from) {
		Duration gap = delay;
		if (gap == null) {
			ZonedDateTime next = CronExpression.parse(cron).next(from.withZoneSameInstant(Jakarta.ZONE));
			gap = next == null ? Duration.ZERO : Duration.between(from, next);
		}
		return gap.multipliedBy(AT_LEAST_PERCENT).dividedBy(100);
	}

}
