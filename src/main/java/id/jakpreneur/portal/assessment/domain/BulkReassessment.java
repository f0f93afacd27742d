package id.jakpreneur.portal.assessment.domain;

import java.time.Clock;
import java.time.Duration;
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
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.assessment.StepCode;
import id.jakpreneur.portal.assessment.domain.BulkRuns.Plan;
import id.jakpreneur.portal.assessment.domain.BulkRuns.Takeover;
import id.jakpreneur.portal.assessment.policy.AssessmentInput;
import id.jakpreneur.portal.assessment.policy.PhaseAssessmentPolicy;
import id.jakpreneur.portal.assessment.query.BulkJob;
import id.jakpreneur.portal.assessment.query.BulkJobQueries;
import id.jakpreneur.portal.shared.AdvisoryLocks;
import id.jakpreneur.portal.shared.LongTransactions;
import id.jakpreneur.portal.shared.NotFoundException;
import id.jakpreneur.portal.shared.PortalInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-assesses, in the background, every participant whose latest assessment was made by an older policy version
 * (and every participant never assessed, from their profile), on their stored answers. The job's database row is
 * the lock (a unique index allows one running job in the whole portal) and the progress record. It works on its own
 * small pool ({@code jakpreneur.assessment.bulk.workers} threads, 2 by default, each taking the participants whose
 * id leaves its remainder), in batches of {@value #BATCH} participants by ascending id, one short transaction per
 * batch, so the portal keeps answering; running it twice is harmless: the second run finds nothing left to do, or is
 * refused while the first one runs. The run belongs to the instance that works it ({@link BulkRuns}): a heartbeat
 * every few seconds shows it alive, and a run whose instance died (or stopped) is resumed by another instance's
 * {@link BulkWatchdog}, or by the next start, from each worker's last position. A participant being assessed at that moment by someone else is skipped rather
 * than waited for, and taken by the next job if still outdated (an officer's override keeps the policy version of
 * the assessment it overrides).
 */
@Service
public class BulkReassessment implements DisposableBean {

	/** Participants per transaction: large enough for few round trips, small enough for short locks. */
	static final int BATCH = 2000;

	private static final Duration BATCH_TIME_LIMIT = Duration.ofMinutes(5);

	private static final Logger log = LoggerFactory.getLogger(BulkReassessment.class);

	private final PhaseAssessmentPolicy policy = new PhaseAssessmentPolicy();

	private final JdbcClient jdbc;

	private final BulkJobQueries jobs;

	private final AssessmentWriter writer;

	private final TransactionTemplate transactions;

	private final ThreadPoolTaskExecutor executor;

	private final ThreadPoolTaskScheduler heartbeats;

	private final BulkRuns runs;

	private final String instance;

	private final Clock clock;

	private final int workers;

	private final Duration heartbeat;

	private final Duration staleAfter;

	private volatile boolean stopping;

	BulkReassessment(JdbcClient jdbc, BulkJobQueries jobs, AssessmentWriter writer, BulkRuns runs,
			PortalInstance instance, PlatformTransactionManager transactionManager, Clock clock,
			@Value("${jakpreneur.assessment.bulk.workers:2}") int workers,
			@Value("${jakpreneur.assessment.bulk.heartbeat:PT5S}") Duration heartbeat,
			@Value("${jakpreneur.assessment.bulk.stale-after:PT30S}") Duration staleAfter) {
		this.jdbc = jdbc;
		this.jobs = jobs;
		this.runs = runs;
		this.instance = instance.name();
		this.clock = clock;
		this.writer = writer;
		this.heartbeat = heartbeat;
		this.staleAfter = staleAfter;
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
		// its own thread: the heartbeat must not wait behind a batch or a scheduled job
		this.heartbeats = new ThreadPoolTaskScheduler();
		heartbeats.setPoolSize(1);
		heartbeats.setThreadNamePrefix("assessment-bulk-heartbeat-");
		heartbeats.setDaemon(true);
		heartbeats.initialize();
	}

	public String policyVersion() {
		return PhaseAssessmentPolicy.VERSION;
	}

	/**
	 * Starts a job and returns its id at once; the work goes on in the background. A job whose instance died (no
	 * heartbeat for {@code jakpreneur.assessment.bulk.stale-after}) is resumed here instead, and its id returned.
	 * @throws BulkJobRunningException when a job is running on a live instance
	 */
	public long start(PortalUser admin) {
		if (admin.role() != Role.ADMIN) {
			throw new NotFoundException();
		}
		for (int attempt = 0; attempt < 2; attempt++) {
			try {
				long id = runs.create(policyVersion(), admin.accountId(), instance);
				launch(id);
				return id;
			}
			catch (DuplicateKeyException ex) {
				Optional<Takeover> takeover = runs.takeOverStale(staleAfter, policyVersion(), instance);
				if (takeover.isPresent() && takeover.get().resumed()) {
					launch(takeover.get().jobId());
					return takeover.get().jobId();
				}
				if (takeover.isEmpty()) {
					throw new BulkJobRunningException(jobs.running().map(BulkJob::id).orElse(0L));
				}
				// the dead run was made for another policy and is abandoned: start the new one
			}
		}
		throw new BulkJobRunningException(jobs.running().map(BulkJob::id).orElse(0L));
	}

	/**
	 * Resumes the run whose instance died or stopped, if there is one (the watchdog's round, on any instance);
	 * returns what it did in a few words.
	 */
	public String resumeStale() {
		return runs.takeOverStale(staleAfter, policyVersion(), instance).map(takeover -> {
			if (takeover.resumed()) {
				launch(takeover.jobId());
				return "resumed run " + takeover.jobId();
			}
			return "abandoned run " + takeover.jobId() + " of another policy version";
		}).orElse("");
	}

	private void launch(long id) {
		try {
			executor.execute(() -> run(id));
		}
		catch (TaskRejectedException ex) {
			runs.finish(id, instance, BulkJob.Status.FAILED, ex.getClass().getSimpleName());
			throw new BulkJobRunningException(id);
		}
	}

	@Override
	public void destroy() {
		stopping = true;
		executor.shutdown();
		heartbeats.shutdown();
	}

	/**
	 * Counts the work (once per run), then runs one worker here and the others on the pool from their last
	 * positions, with the heartbeat beside them, and records how the job ended: done, failed, or given back still
	 * running when the portal stops or the database is unreachable (to be resumed).
	 */
	private void run(long jobId) {
		AtomicBoolean lost = new AtomicBoolean();
		ScheduledFuture<?> beat = heartbeats.scheduleWithFixedDelay(() -> beat(jobId, lost), heartbeat);
		try {
			Plan plan = runs.plan(jobId, workers);
			int total = plan.total() != null ? plan.total() : runs.count(jobId, plan.upper(), policyVersion());
			log.info("Bulk re-assessment {} working: {} participant(s) to bring to policy {} on {} worker(s)", jobId,
					total, policyVersion(), workers);
			AtomicBoolean failed = new AtomicBoolean();
			List<CompletableFuture<Boolean>> others = new ArrayList<>();
			for (int worker = 1; worker < workers && total > 0; worker++) {
				int remainder = worker;
				others.add(CompletableFuture.supplyAsync(
						() -> work(jobId, plan, remainder, failed, lost), executor));
			}
			boolean complete = total == 0 || work(jobId, plan, 0, failed, lost);
			for (CompletableFuture<Boolean> other : others) {
				complete &= other.join();
			}
			if (lost.get()) {
				log.warn("Bulk re-assessment {} was taken over by another instance; this one stops", jobId);
			}
			else if (complete) {
				runs.finish(jobId, instance, BulkJob.Status.DONE, null);
				log.info("Bulk re-assessment {} ended", jobId);
			}
			else {
				runs.release(jobId, instance, BulkRuns.PORTAL_STOPPED);
				log.info("Bulk re-assessment {} interrupted: the portal stops; another instance resumes it", jobId);
			}
		}
		catch (RuntimeException ex) {
			Throwable cause = ex instanceof CompletionException && ex.getCause() != null ? ex.getCause() : ex;
			log.warn("Bulk re-assessment {} stopped: {}", jobId, cause.toString());
			try {
				if (databaseUnreachable(cause)) {
					runs.release(jobId, instance, BulkRuns.DATABASE_UNAVAILABLE);
				}
				else {
					runs.finish(jobId, instance, BulkJob.Status.FAILED, cause.getClass().getSimpleName());
				}
			}
			catch (RuntimeException unrecorded) {
				// the database is out of reach: the heartbeat stops with this run, and the watchdog resumes it later
				log.warn("Bulk re-assessment {} could not record how it stopped: {}", jobId, unrecorded.toString());
			}
		}
		finally {
			beat.cancel(false);
		}
	}

	private static boolean databaseUnreachable(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException) {
				return true;
			}
		}
		return false;
	}

	private void beat(long jobId, AtomicBoolean lost) {
		try {
			if (!runs.beat(jobId, instance)) {
				lost.set(true);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Bulk re-assessment {} heartbeat failed: {}", jobId, ex.toString());
		}
	}

	/**
	 * One worker's share: the participants whose id leaves this remainder, batch after batch from the worker's last
	 * position; true when nothing is left, false when it stopped before (portal stopping, another worker failed, the
	 * run taken over).
	 */
	private boolean work(long jobId, Plan plan, int remainder, AtomicBoolean failed, AtomicBoolean lost) {
		try {
			long cursor = plan.cursors()[remainder];
			while (cursor >= 0 && !stopping && !failed.get() && !lost.get()) {
				long from = cursor;
				cursor = transactions.execute(status -> batch(jobId, from, plan.upper(), remainder));
			}
			return cursor < 0;
		}
		catch (BulkRuns.TakenOverException ex) {
			lost.set(true);
			return false;
		}
		catch (RuntimeException ex) {
			failed.set(true);
			throw ex;
		}
	}

	/** One batch in one transaction; returns the cursor for the next batch, or -1 when there is none. */
	private long batch(long jobId, long after, long upper, int remainder) {
		LongTransactions.allow(BATCH_TIME_LIMIT); // a batch may take longer than a page is allowed to
		// First the batch is chosen (the subquery with its limit) and its advisory locks tried, for those participants
		// only: tried in a filter, PostgreSQL may try them on every row it scans (at a million it ran out of lock
		// memory). A participant being assessed by someone else is skipped, not waited for; the next job takes them
		// if they are still outdated.
		List<Long> locked = new ArrayList<>(BATCH);
		long[] last = {-1};
		jdbc.sql("""
				select id, pg_try_advisory_xact_lock(:namespace, (id % 2147483647)::int) as locked
				from (select p.id from participant_directory p left join assessment_current c on c.participant_id = p.id
				      where p.id > :after and p.id <= :upper and p.id % :workers = :remainder
				        and (c.participant_id is null or c.policy_version <> :version)
				      order by p.id limit :batch) batch
				order by id
				""")
			.param("namespace", AdvisoryLocks.Namespace.ASSESSMENT.code())
			.param("after", after)
			.param("upper", upper)
			.param("workers", workers)
			.param("remainder", remainder)
			.param("version", policyVersion())
			.param("batch", BATCH)
			.query(rs -> {
				last[0] = rs.getLong("id");
				if (rs.getBoolean("locked")) {
					locked.add(last[0]);
				}
			});
		if (last[0] < 0) {
			return -1;
		}
		// Then, in a statement that starts after the locks are held, what the re-assessment builds on: an assessment
		// that another transaction committed before releasing its lock is seen here, not overwritten.
		// "for key share": the lock each foreign-key check of the new rows would take on the participant, taken
		// here for the whole batch in one go; the checks then find it held (about a quarter of the COPY's time otherwise).
		// On entrepreneur's participant_profile view it locks the participant rows only (the view is inlined).
		List<NewAssessment> assessments = new ArrayList<>(locked.size());
		Instant now = clock.instant();
		LocalDate today = LocalDate.now(clock);
		jdbc.sql("select p.id, c.waiting_since, c.participant_id is null as never_assessed, "
				+ AssessmentStore.profileColumns("c.participant_id is null") + ", "
				+ AssessmentStore.COLUMNS_WITHOUT_REASONS + """
						 from participant_profile p
						left join assessment_current c on c.participant_id = p.id
						left join assessment a on a.id = c.assessment_id
						where p.id = any(:ids) and (c.participant_id is null or c.policy_version <> :version)
						order by p.id
						for key share of p
						""")
			.param("ids", locked.toArray(Long[]::new))
			.param("version", policyVersion())
			.query(rs -> {
				long participantId = rs.getLong("id");
				StoredAssessment previous = rs.getBoolean("never_assessed") ? null
						: AssessmentStore.map(rs, AssessmentStore.instant(rs, "waiting_since"));
				Answers answers = previous == null ? AssessmentStore.profile(rs) : previous.answers();
				reassess(participantId, answers, previous, now, today).ifPresent(assessments::add);
			});
		writer.write(assessments);
		if (!runs.progress(jobId, instance, remainder, last[0], assessments.size())) {
			throw new BulkRuns.TakenOverException();
		}
		return last[0];
	}

	private Optional<NewAssessment> reassess(long participantId, Answers answers, StoredAssessment previous,
			Instant now, LocalDate today) {
		try {
			Set<StepCode> completed = previous == null ? EnumSet.noneOf(StepCode.class) : previous.completedSteps();
			Map<StepCode, String> evidence = previous == null ? Map.of() : NewAssessment.completionEvidence(previous);
			AssessmentInput input = answers.toInput(today, completed, previous == null ? null : previous.phase());
			return Optional.of(NewAssessment.of(participantId, now, today, null, AssessorRole.SYSTEM,
					AssessmentSource.POLICY_CHANGE, input, NewAssessment.plan(policy, input, previous), evidence, previous));
		}
		catch (IllegalArgumentException ex) {
			// stored answers the policy refuses (a start date after today, say) are left for a person to correct
			log.warn("Bulk re-assessment skipped participant {}: {}", participantId, ex.getMessage());
			return Optional.empty();
		}
	}

}
