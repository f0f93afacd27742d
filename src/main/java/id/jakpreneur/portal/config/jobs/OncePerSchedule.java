package id.jakpreneur.portal.config.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import id.jakpreneur.portal.config.jobs.JobLock.Lease;
import id.jakpreneur.portal.shared.Jakarta;
import id.jakpreneur.portal.shared.PortalInstance;
import id.jakpreneur.portal.shared.ScheduledJob;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs a scheduled job if no other instance has run it for this slot: takes the job's lock (at least for most of
 * the time to the next firing, at most for the job's longest run), runs it, gives the lock back. Every firing is
 * timed as {@value #TIMER} with the job's name and its outcome ({@code ran}, {@code skipped}: another instance holds
 * the job, {@code failed}), and a run is logged in one line: at INFO when the job says what it did, at DEBUG when
 * it had nothing to say (the watchdog finding no run to resume, say).
 */
@Component
class OncePerSchedule {

	static final String TIMER = "jakpreneur.job";

	private static final Logger log = LoggerFactory.getLogger(OncePerSchedule.class);

	private static final ThreadLocal<Instant> CURRENT_SLOT = new ThreadLocal<>();

	private final JobLock locks;

	private final PortalInstance instance;

	private final MeterRegistry meters;

	private final Clock clock;

	OncePerSchedule(JobLock locks, PortalInstance instance, MeterRegistry meters, Clock clock) {
		this.locks = locks;
		this.instance = instance;
		this.meters = meters;
		this.clock = clock;
	}

	/**
	 * One firing of the job.
	 * @param slot the time a cron run was scheduled for; {@code null} for a fixed-delay job
	 * @return the outcome tag
	 */
	String fire(ScheduledJob job, Instant slot) {
		long start = System.nanoTime();
		Instant now = now();
		Instant from = slot != null ? slot : now;
		Instant atLeastUntil = from.plus(job.schedule().lockAtLeastFor(ZonedDateTime.ofInstant(from, Jakarta.ZONE)));
		Instant runningUntil = later(atLeastUntil, now.plus(job.schedule().longestRun()));
		Optional<Lease> lease;
		try {
			lease = locks.tryLock(job.name(), instance.name(), slot, now, runningUntil);
		}
		catch (RuntimeException ex) {
			log.warn("Job {} did not run: its lock could not be taken ({})", job.name(), ex.toString());
			return record(job, "failed", start);
		}
		if (lease.isEmpty()) {
			log.debug("Job {} skipped: another instance runs it for this slot", job.name());
			return record(job, "skipped", start);
		}
		String outcome = "failed";
		CURRENT_SLOT.set(slot);
		try {
			String summary = job.run();
			outcome = "ran";
			if (summary == null || summary.isBlank()) {
				log.debug("Job {} ran in {} ms", job.name(), millis(start));
			}
			else {
				log.info("Job {} ran in {} ms: {}", job.name(), millis(start), summary);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Job {} failed after {} ms: {}", job.name(), millis(start), ex.toString());
			log.debug("Job {} failure", job.name(), ex);
		}
		finally {
			CURRENT_SLOT.remove();
			try {
				locks.release(lease.get(), later(now(), atLeastUntil));
			}
			catch (RuntimeException ex) {
				log.warn("Job {} could not give its lock back ({}); it frees itself at {}", job.name(), ex.toString(),
						runningUntil);
			}
		}
		return record(job, outcome, start);
	}

	/** The slot of the cron run going on in this thread (null outside one), for tests that count runs per slot. */
	static Instant currentSlot() {
		return CURRENT_SLOT.get();
	}

	private String record(ScheduledJob job, String outcome, long start) {
		Timer.builder(TIMER)
			.description("Scheduled job firings: runs, skips (another instance runs the slot) and failures")
			.tag("job", job.name())
			.tag("outcome", outcome)
			.register(meters)
			.record(Duration.ofNanos(System.nanoTime() - start));
		return outcome;
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	private static Instant later(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private static long millis(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

}
