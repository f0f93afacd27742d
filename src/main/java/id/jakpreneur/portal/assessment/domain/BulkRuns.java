package id.jakpreneur.portal.assessment.domain;

import java.sql.Array;
import java.time.Duration;
import java.util.Optional;

import id.jakpreneur.portal.assessment.query.BulkJob;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rows of bulk re-assessment runs ({@code assessment_job}) and their history ({@code assessment_job_event}): a
 * run belongs to one instance ({@code instance}), which proves it alive by the heartbeat and keeps each worker's
 * position ({@code cursors}) with every batch. A run whose heartbeat is stale is taken over, in one transaction, by
 * the instance that resumes it; each change of hands is an event.
 */
@Component
class BulkRuns {

	/** Why a run was interrupted or abandoned; message keys {@code assessment.bulk.reason.<code>}. */
	static final String NO_HEARTBEAT = "no-heartbeat";

	static final String PORTAL_STOPPED = "portal-stopped";

	static final String DATABASE_UNAVAILABLE = "database-unavailable";

	static final String POLICY_CHANGED = "policy-changed";

	/** Where a run stands when an instance begins to work it. */
	record Plan(long upper, Integer total, long[] cursors) {
	}

	/** What a takeover found: a run resumed here, or abandoned because it was made for another policy. */
	record Takeover(long jobId, boolean resumed) {
	}

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	BulkRuns(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Records a new run owned by {@code instance}.
	 * @throws org.springframework.dao.DuplicateKeyException when a run is already running
	 */
	long create(String version, long adminId, String instance) {
		return transactions.execute(status -> {
			long id = jdbc.sql("""
					insert into assessment_job (policy_version, status, started_by, upper_participant_id, instance)
					select :version, 'RUNNING', :admin, coalesce(max(id), 0), :instance from participant_directory
					returning id
					""")
				.param("version", version)
				.param("admin", adminId)
				.param("instance", instance)
				.query(Long.class)
				.single();
			event(id, "STARTED", instance);
			return id;
		});
	}

	/**
	 * Takes over the running run if its instance has shown no heartbeat for {@code staleAfter} (or gave it up on
	 * stopping): resumes it here, recording where it was interrupted, or abandons it, with that reason, when it was
	 * made for another policy version than {@code version}.
	 */
	Optional<Takeover> takeOverStale(Duration staleAfter, String version, String instance) {
		return transactions.execute(status -> jdbc.sql("""
				select id, policy_version, instance from assessment_job
				where status = 'RUNNING' and heartbeat_at < now() - make_interval(secs => :stale)
				for update skip locked
				""").param("stale", staleAfter.toMillis() / 1000.0).query((rs, n) -> {
			long id = rs.getLong("id");
			String previous = rs.getString("instance");
			if (previous != null) {
				jdbc.sql("""
						insert into assessment_job_event (job_id, kind, happened_at, processed, instance, detail)
						select id, 'INTERRUPTED', heartbeat_at, processed, instance, :reason from assessment_job
						where id = :job
						""").param("reason", NO_HEARTBEAT).param("job", id).update();
			}
			if (!version.equals(rs.getString("policy_version"))) {
				finish(id, previous, BulkJob.Status.ABANDONED, POLICY_CHANGED);
				return new Takeover(id, false);
			}
			jdbc.sql("update assessment_job set instance = :instance, heartbeat_at = now() where id = :job")
				.param("instance", instance)
				.param("job", id)
				.update();
			event(id, "RESUMED", instance);
			return new Takeover(id, true);
		}).stream().findFirst());
	}

	/**
	 * Prepares the run for {@code workers} workers: each keeps its position when the count is the one the run had;
	 * otherwise every worker starts from the lowest position (participants already re-assessed are skipped anyway).
	 */
	Plan plan(long jobId, int workers) {
		return jdbc.sql("""
				update assessment_job set workers = :workers,
				  cursors = case when workers = :workers and cardinality(cursors) = :workers then cursors
				                 else array_fill(coalesce((select min(c) from unnest(cursors) c), 0)::bigint,
				                                 array[:workers]) end
				where id = :job
				returning upper_participant_id, total, cursors
				""").param("workers", workers).param("job", jobId).query((rs, n) -> {
			Array array = rs.getArray("cursors");
			Long[] cursors = (Long[]) array.getArray();
			long[] positions = new long[cursors.length];
			for (int i = 0; i < cursors.length; i++) {
				positions[i] = cursors[i];
			}
			return new Plan(rs.getLong("upper_participant_id"), (Integer) rs.getObject("total"), positions);
		}).single();
	}

	/** Counts and records the run's work: participants up to its bound not yet on this policy version. */
	int count(long jobId, long upper, String version) {
		int total = jdbc.sql("""
				select count(*) from participant_directory p left join assessment_current c on c.participant_id = p.id
				where p.id <= :upper and (c.participant_id is null or c.policy_version <> :version)
				""")
			.param("upper", upper)
			.param("version", version)
			.query(Integer.class)
			.single();
		jdbc.sql("update assessment_job set total = :total, heartbeat_at = now() where id = :job")
			.param("total", total)
			.param("job", jobId)
			.update();
		return total;
	}

	/** The heartbeat; false if the run is no longer this instance's (taken over, or ended). */
	boolean beat(long jobId, String instance) {
		return jdbc.sql("""
				update assessment_job set heartbeat_at = now()
				where id = :job and status = 'RUNNING' and instance = :instance
				""").param("job", jobId).param("instance", instance).update() == 1;
	}

	/**
	 * Counts a batch and moves its worker's position, in the batch's transaction; false if the run is no longer
	 * this instance's (the caller then rolls the batch back).
	 */
	boolean progress(long jobId, String instance, int worker, long cursor, int processed) {
		return jdbc.sql("""
				update assessment_job set processed = processed + :processed, heartbeat_at = now(),
				  cursors[:slot] = :cursor
				where id = :job and status = 'RUNNING' and instance = :instance
				""")
			.param("processed", processed)
			.param("slot", worker + 1)
			.param("cursor", cursor)
			.param("job", jobId)
			.param("instance", instance)
			.update() == 1;
	}

	/** Ends the run with this status and reason (an exception's class for a failure), if it is still this instance's. */
	void finish(long jobId, String instance, BulkJob.Status status, String reason) {
		jdbc.sql("""
				with ended as (
				  update assessment_job set status = :status, finished_at = now(), failure = :reason
				  where id = :job and status = 'RUNNING' and instance is not distinct from :instance
				  returning id, processed)
				insert into assessment_job_event (job_id, kind, happened_at, processed, instance, detail)
				select id, :status, now(), processed, cast(:instance as varchar), cast(:reason as varchar) from ended
				""")
			.param("status", status.name())
			.param("reason", reason)
			.param("job", jobId)
			.param("instance", instance)
			.update();
	}

	/**
	 * Gives a run this instance cannot go on with back, still running, with the reason: the watchdog of any
	 * instance resumes it at its next round, without waiting for the heartbeat to go stale.
	 */
	void release(long jobId, String instance, String reason) {
		jdbc.sql("""
				with released as (
				  update assessment_job set instance = null, heartbeat_at = '-infinity'
				  where id = :job and status = 'RUNNING' and instance = :instance
				  returning id, processed)
				insert into assessment_job_event (job_id, kind, happened_at, processed, instance, detail)
				select id, 'INTERRUPTED', now(), processed, :instance, :reason from released
				""").param("job", jobId).param("instance", instance).param("reason", reason).update();
	}

	private void event(long jobId, String kind, String instance) {
		jdbc.sql("""
				insert into assessment_job_event (job_id, kind, happened_at, processed, instance)
				select id, :kind, now(), processed, :instance from assessment_job where id = :job
				""").param("kind", kind).param("instance", instance).param("job", jobId).update();
	}

	/** The run is no longer this instance's: the batch is rolled back and the worker stops. */
	static final class TakenOverException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		TakenOverException() {
			super(null, null, false, false);
		}

	}

}
