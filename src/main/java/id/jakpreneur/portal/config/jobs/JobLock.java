package id.jakpreneur.portal.config.jobs;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One row per scheduled job in {@code scheduled_job_lock}, shared by every portal instance. A lock is taken by one
 * upsert that succeeds only when nobody holds the job (its "locked until" has passed) and, for a cron job, when the
 * run's slot (the time it was scheduled for) is later than the last slot run, so that a firing delayed past the
 * lock cannot run a slot twice; it is given back by moving "locked until" to the time the run must keep it at least. Times come from the caller's clock: instances' clocks
 * need only agree to within a small share of the shortest schedule (NTP does far better).
 */
@Component
class JobLock {

	/** A lock this instance holds: who and since when, so that giving it back cannot touch a later holder's. */
	record Lease(String job, String holder, Instant lockedAt) {
	}

	private final JdbcClient jdbc;

	JobLock(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Takes the job's lock until {@code until} if nobody holds it at {@code now} and {@code slot} (null for a
	 * fixed-delay job) has not been run yet; empty otherwise.
	 */
	Optional<Lease> tryLock(String job, String holder, Instant slot, Instant now, Instant until) {
		int taken = jdbc.sql("""
				insert into scheduled_job_lock (job, locked_until, locked_at, locked_by, slot)
				values (:job, :until, :now, :holder, :slot)
				on conflict (job) do update
				  set locked_until = excluded.locked_until, locked_at = excluded.locked_at, locked_by = excluded.locked_by,
				      slot = excluded.slot
				  where scheduled_job_lock.locked_until <= excluded.locked_at
				    and (excluded.slot is null or scheduled_job_lock.slot is null or scheduled_job_lock.slot < excluded.slot)
				""")
			.param("job", job)
			.param("until", Timestamp.from(until))
			.param("now", Timestamp.from(now))
			.param("holder", holder)
			.param("slot", slot == null ? null : Timestamp.from(slot), Types.TIMESTAMP)
			.update();
		return taken == 1 ? Optional.of(new Lease(job, holder, now)) : Optional.empty();
	}

	/**
	 * Gives the lock back: it is free from {@code until} on (the end of the run, or later if the run must keep it
	 * longer). Returns false if the lock was no longer this lease's (it expired and another instance took it).
	 */
	boolean release(Lease lease, Instant until) {
		return jdbc.sql("""
				update scheduled_job_lock set locked_until = :until
				where job = :job and locked_by = :holder and locked_at = :lockedAt
				""")
			.param("until", Timestamp.from(until))
			.param("job", lease.job())
			.param("holder", lease.holder())
			.param("lockedAt", Timestamp.from(lease.lockedAt()))
			.update() == 1;
	}

}
