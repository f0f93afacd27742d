package id.jakpreneur.portal.assessment.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.assessment.StepCode;
import id.jakpreneur.portal.assessment.policy.AssessmentInput;
import id.jakpreneur.portal.assessment.policy.PhaseAssessmentPolicy;
import id.jakpreneur.portal.assessment.query.BulkJob;
import id.jakpreneur.portal.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-assesses, in the background, every participant whose latest assessment was made by an older policy version
 * (and every participant never assessed, from their profile), on their stored answers. The job's database row is
 * the lock (a unique index allows one running job in the whole portal) and the progress record. It works on its own
 * small pool ({@code jakpreneur.assessment.bulk.workers} threads, 2 by default, each taking the participants whose
 * id leaves its remainder), in batches of {@value #BATCH} participants by ascending id, one short transaction per
 * batch, so the portal keeps answering; running it twice is harmless: the second run finds nothing left to do, or is
 * refused while the first one runs. A participant being assessed at that moment by someone else is skipped rather
 * than waited for, and taken by the next job if still outdated (an officer's override keeps the policy version of
 * the assessment it overrides).
 */
@Service
public class BulkReassessment implements DisposableBean {

	/** Participants per transaction: large enough for few round trips, small enough for short locks. */
	static final int BATCH = 2000;

	private static final Logger log = LoggerFactory.getLogger(BulkReassessment.class);

	private static final String JOB_COLUMNS = """
			j.id, j.policy_version, j.status, a.full_name, j.started_at, j.finished_at, j.total, j.processed, j.failure
			""";

	private final PhaseAssessmentPolicy policy = new PhaseAssessmentPolicy();

	private final JdbcTemplate jdbc;

	private final AssessmentWriter writer;

	private final TransactionTemplate transactions;

	private final ThreadPoolTaskExecutor executor;

	private final Clock clock;

	private final int workers;

	private volatile boolean stopping;

	BulkReassessment(JdbcTemplate jdbc, AssessmentWriter writer, PlatformTransactionManager transactionManager,
			Clock clock, @Value("${jakpreneur.assessment.bulk.workers:2}") int workers) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.writer = writer;
		this.transactions = new TransactionTemplate(transactionManager);
		this.workers = Math.max(1, workers);
		this.executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(this.workers);
		executor.setMaxPoolSize(this.workers);
		executor.setQueueCapacity(this.workers);
		executor.setThreadNamePrefix("assessment-bulk-");
		executor.setThreadPriority(Thread.MIN_PRIORITY);
		executor.setDaemon(true);
		executor.setWaitForTasksToCompleteOnShutdown(true);
		executor.setAwaitTerminationSeconds(30);
		executor.initialize();
	}

	public String policyVersion() {
		return PhaseAssessmentPolicy.VERSION;
	}

	/**
	 * Starts a job and returns its id at once; the work goes on in the background.
	 * @throws BulkJobRunningException when a job is already running
	 */
	public long start(PortalUser admin) {
		if (admin.role() != Role.ADMIN) {
			throw new NotFoundException();
		}
		long id;
		try {
			id = transactions.execute(status -> {
				// a job whose portal instance stopped without finishing no longer holds the lock
				jdbc.update("update assessment_job set status = 'ABANDONED', finished_at = now() "
						+ "where status = 'RUNNING' and heartbeat_at < now() - interval '5 minutes'");
				return jdbc.queryForObject("""
						insert into assessment_job (policy_version, status, started_by, upper_participant_id)
						select ?, 'RUNNING', ?, coalesce(max(id), 0) from participant returning id
						""", Long.class, policyVersion(), admin.accountId());
			});
		}
		catch (DuplicateKeyException ex) {
			throw new BulkJobRunningException(running().map(BulkJob::id).orElse(0L));
		}
		try {
			executor.execute(() -> run(id));
		}
		catch (TaskRejectedException ex) {
			finish(id, BulkJob.Status.FAILED, ex.getClass().getSimpleName());
			throw new BulkJobRunningException(id);
		}
		return id;
	}

	public Optional<BulkJob> job(long id) {
		return jobs("where j.id = ?", id).stream().findFirst();
	}

	/** The job running now, if any. */
	public Optional<BulkJob> running() {
		return jobs("where j.status = 'RUNNING'").stream().findFirst();
	}

	/** The latest 10 jobs, newest first. */
	public List<BulkJob> recent() {
		return jobs("order by j.started_at desc, j.id desc limit 10");
	}

	private List<BulkJob> jobs(String where, Object... args) {
		return jdbc.query("select " + JOB_COLUMNS + " from assessment_job j join account a on a.id = j.started_by " + where,
				(rs, n) -> new BulkJob(rs.getLong(1), rs.getString(2), BulkJob.Status.valueOf(rs.getString(3)),
						rs.getString(4), AssessmentStore.instant(rs, 5), AssessmentStore.instant(rs, 6),
						(Integer) rs.getObject(7), rs.getInt(8), rs.getString(9)),
				args);
	}

	@Override
	public void destroy() {
		stopping = true;
		executor.shutdown();
	}

	/** Counts the work, then runs one worker here and the others on the pool, and records how the job ended. */
	private void run(long jobId) {
		try {
			long upper = jdbc.queryForObject("select upper_participant_id from assessment_job where id = ?", Long.class,
					jobId);
			int total = jdbc.queryForObject("""
					select count(*) from participant p left join assessment_current c on c.participant_id = p.id
					where p.id <= ? and (c.participant_id is null or c.policy_version <> ?)
					""", Integer.class, upper, policyVersion());
			jdbc.update("update assessment_job set total = ?, heartbeat_at = now() where id = ?", total, jobId);
			log.info("Bulk re-assessment {} started: {} participant(s) to bring to policy {} on {} worker(s)", jobId,
					total, policyVersion(), workers);
			AtomicBoolean failed = new AtomicBoolean();
			List<CompletableFuture<Void>> others = new ArrayList<>();
			for (int worker = 1; worker < workers && total > 0; worker++) {
				int remainder = worker;
				others.add(CompletableFuture.runAsync(() -> work(jobId, upper, remainder, failed), executor));
			}
			if (total > 0) {
				work(jobId, upper, 0, failed);
			}
			CompletableFuture.allOf(others.toArray(CompletableFuture[]::new)).join();
			finish(jobId, stopping ? BulkJob.Status.ABANDONED : BulkJob.Status.DONE, stopping ? "portal stopped" : null);
			log.info("Bulk re-assessment {} ended", jobId);
		}
		catch (RuntimeException ex) {
			Throwable cause = ex instanceof CompletionException && ex.getCause() != null ? ex.getCause() : ex;
			log.warn("Bulk re-assessment {} failed: {}", jobId, cause.toString());
			finish(jobId, BulkJob.Status.FAILED, cause.getClass().getSimpleName());
		}
	}

	/** One worker's share: the participants whose id leaves this remainder, batch after batch. */
	private void work(long jobId, long upper, int remainder, AtomicBoolean failed) {
		try {
			long cursor = 0;
			while (cursor >= 0 && !stopping && !failed.get()) {
				long from = cursor;
				cursor = transactions.execute(status -> batch(jobId, from, upper, remainder));
			}
		}
		catch (RuntimeException ex) {
			failed.set(true);
			throw ex;
		}
	}

	private void finish(long jobId, BulkJob.Status status, String failure) {
		jdbc.update("update assessment_job set status = ?, finished_at = now(), failure = ? where id = ?", status.name(),
				failure, jobId);
	}

	/** One batch in one transaction; returns the cursor for the next batch, or -1 when there is none. */
	private long batch(long jobId, long after, long upper, int remainder) {
		// First the batch is chosen (the subquery with its limit) and its advisory locks tried, for those participants
		// only: tried in a filter, PostgreSQL may try them on every row it scans (at a million it ran out of lock
		// memory). A participant being assessed by someone else is skipped, not waited for; the next job takes them
		// if they are still outdated.
		List<Long> locked = new ArrayList<>(BATCH);
		long[] last = {-1};
		jdbc.query("""
				select id, pg_try_advisory_xact_lock(?, (id % 2147483647)::int)
				from (select p.id from participant p left join assessment_current c on c.participant_id = p.id
				      where p.id > ? and p.id <= ? and p.id % ? = ? and (c.participant_id is null or c.policy_version <> ?)
				      order by p.id limit ?) batch
				order by id
				""", rs -> {
					last[0] = rs.getLong(1);
					if (rs.getBoolean(2)) {
						locked.add(last[0]);
					}
				}, AssessmentStore.LOCK_NAMESPACE, after, upper, workers, remainder, policyVersion(), BATCH);
		if (last[0] < 0) {
			return -1;
		}
		// Then, in a statement that starts after the locks are held, what the re-assessment builds on: an assessment
		// that another transaction committed before releasing its lock is seen here, not overwritten.
		// "for key share": the lock each foreign-key check of the new rows would take on the participant, taken
		// here for the whole batch in one go; the checks then find it held (about a quarter of the COPY's time otherwise)
		List<NewAssessment> assessments = new ArrayList<>(locked.size());
		Instant now = clock.instant();
		LocalDate today = LocalDate.now(clock);
		jdbc.query("select p.id, c.waiting_since, c.participant_id is null, "
				+ AssessmentStore.profileColumns("c.participant_id is null") + ", "
				+ AssessmentStore.COLUMNS_WITHOUT_REASONS + """
						 from participant p
						left join assessment_current c on c.participant_id = p.id
						left join assessment a on a.id = c.assessment_id
						where p.id = any(?) and (c.participant_id is null or c.policy_version <> ?)
						order by p.id
						for key share of p
						""", rs -> {
					long participantId = rs.getLong(1);
					StoredAssessment previous = rs.getBoolean(3) ? null
							: AssessmentStore.map(rs, 3 + AssessmentStore.PROFILE_COLUMN_COUNT, AssessmentStore.instant(rs, 2));
					Answers answers = previous == null ? AssessmentStore.profile(rs, 4) : previous.answers();
					reassess(participantId, answers, previous, now, today).ifPresent(assessments::add);
				}, locked.toArray(Long[]::new), policyVersion());
		writer.write(assessments);
		jdbc.update("update assessment_job set processed = processed + ?, heartbeat_at = now() where id = ?",
				assessments.size(), jobId);
		return last[0];
	}

	private Optional<NewAssessment> reassess(long participantId, Answers answers, StoredAssessment previous,
			Instant now, LocalDate today) {
		try {
			Set<StepCode> completed = previous == null ? EnumSet.noneOf(StepCode.class) : previous.completedSteps();
			Map<StepCode, String> evidence = previous == null ? Map.of() : NewAssessment.completionEvidence(previous);
			AssessmentInput input = answers.toInput(today, completed, previous == null ? null : previous.phase());
			return Optional.of(NewAssessment.of(participantId, now, today, null, AssessorRole.SYSTEM,
					AssessmentSource.POLICY_CHANGE, input, policy.assess(input), evidence, previous));
		}
		catch (IllegalArgumentException ex) {
			// stored answers the policy refuses (a start date after today, say) are left for a person to correct
			log.warn("Bulk re-assessment skipped participant {}: {}", participantId, ex.getMessage());
			return Optional.empty();
		}
	}

}
