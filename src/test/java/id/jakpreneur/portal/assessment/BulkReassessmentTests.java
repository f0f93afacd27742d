package id.jakpreneur.portal.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Map;
import id.jakpreneur.portal.shared.AdvisoryLocks;
import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.assessment.FreshParticipants.Fresh;
import id.jakpreneur.portal.assessment.domain.Answers;
import id.jakpreneur.portal.assessment.domain.Assessing;
import id.jakpreneur.portal.assessment.domain.AssessmentStore;
import id.jakpreneur.portal.assessment.domain.BulkJobRunningException;
import id.jakpreneur.portal.assessment.domain.BulkReassessment;
import id.jakpreneur.portal.assessment.policy.MainObstacle;
import id.jakpreneur.portal.assessment.policy.PhaseAssessmentPolicy;
import id.jakpreneur.portal.assessment.query.BulkJob;
import id.jakpreneur.portal.assessment.query.BulkJobEvent;
import id.jakpreneur.portal.assessment.query.BulkJobQueries;
import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.timeline.query.TimelineQueries;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Bulk re-assessment on the real database: it brings outdated and never-assessed participants to the current
 * policy on their stored answers, keeps officers' overrides, is safe to run twice, and resumes a run whose instance
 * died from where it stopped.
 */
@PortalWebTest
class BulkReassessmentTests {

	private static final String OLD_POLICY = "2025.9";

	@Autowired
	BulkReassessment bulk;

	@Autowired
	BulkJobQueries jobs;

	@Autowired
	Assessing assessing;

	@Autowired
	Assessments assessments;

	@Autowired
	Registration registration;

	@Autowired
	TimelineQueries timeline;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	DataSource dataSource;

	private PortalUser admin;

	@BeforeEach
	void waitUntilNoJobRuns() throws InterruptedException {
		admin = FreshParticipants.demo(accounts, Role.ADMIN);
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (jobs.running().isPresent() && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		assertThat(jobs.running()).as("a job left running by another test").isEmpty();
	}

	private BulkJob awaitEnd(long jobId) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		BulkJob job = jobs.job(jobId).orElseThrow();
		while (job.running() && System.nanoTime() < deadline) {
			Thread.sleep(50);
			job = jobs.job(jobId).orElseThrow();
		}
		return job;
	}

	/** Makes the participant's latest assessment look as if an older policy had made it, finding this phase. */
	private void outdate(long participantId, Phase phase) {
		long old = jdbc.queryForObject("""
				insert into assessment (participant_id, assessed_at, assessed_on, assessed_by, assessor_role, source, stage,
				  running_since, sector, sells_regularly, monthly_sales, capital, employees, licences, has_packaging,
				  has_label, knows_shelf_life, channels, keeps_books, separates_money, had_credit, has_digital_presence,
				  main_obstacle, completed_steps, policy_version, phase, size_class, track, priority, previous_phase,
				  naik_kelas, regressed, steps, reasons, overridden, overridden_by, override_reason)
				select participant_id, assessed_at, assessed_on, assessed_by, assessor_role, source, stage, running_since,
				  sector, sells_regularly, monthly_sales, capital, employees, licences, has_packaging, has_label,
				  knows_shelf_life, channels, keeps_books, separates_money, had_credit, has_digital_presence,
				  main_obstacle, completed_steps, ?, ?, size_class, track, priority, null, false, false, steps,
				  reasons, overridden, overridden_by, override_reason
				from assessment a where a.id = (select assessment_id from assessment_current where participant_id = ?)
				returning id
				""", Long.class, OLD_POLICY, phase.name(), participantId);
		jdbc.update("update assessment_current set assessment_id = ?, policy_version = ?, phase = ? "
				+ "where participant_id = ?", old, OLD_POLICY, phase.name(), participantId);
	}

	@Test
	void bringsEveryOutdatedOrUnassessedParticipantToTheCurrentPolicyAndASecondRunFindsNothing() throws Exception {
		Fresh outdated = FreshParticipants.register(registration, accounts, FreshParticipants.GAMBIR,
				FreshParticipants.kuliner());
		Answers answers = FreshParticipants.answers(Map.of(LicenceType.NIB, FreshParticipants.NIB));
		assessing.selfAssess(outdated.user(), answers);
		outdate(outdated.id(), Phase.EARLY);
		Fresh overridden = FreshParticipants.register(registration, accounts, FreshParticipants.GAMBIR,
				FreshParticipants.kuliner());
		assessing.selfAssess(overridden.user(), answers);
		assessing.override(FreshParticipants.demo(accounts, Role.OFFICER), overridden.id(), Phase.SCALING, null,
				"Omzet sebenarnya di atas 15 juta sebulan.");
		outdate(overridden.id(), Phase.SCALING);
		Fresh never = FreshParticipants.register(registration, accounts, FreshParticipants.GAMBIR,
				FreshParticipants.kuliner());

		BulkJob first = awaitEnd(bulk.start(admin));

		assertThat(first.status()).isEqualTo(BulkJob.Status.DONE);
		assertThat(first.total()).isGreaterThanOrEqualTo(3);
		assertThat(first.processed()).isEqualTo(first.total());
		assertThat(first.percent()).isEqualTo(100);
		AssessmentSummary reassessed = assessments.latest(outdated.id()).orElseThrow();
		assertThat(reassessed.policyVersion()).isEqualTo(PhaseAssessmentPolicy.VERSION);
		assertThat(reassessed.phase()).isEqualTo(Phase.GROWING);
		assertThat(assessments.latestAnswers(outdated.id())).contains(answers);
		assertThat(jdbc.queryForMap("select source, assessor_role, previous_phase from assessment where id = ?",
				reassessed.id()))
			.containsEntry("source", "POLICY_CHANGE")
			.containsEntry("assessor_role", "SYSTEM")
			.containsEntry("previous_phase", "EARLY");
		assertThat(jdbc.queryForList("select direction || ':' || source from phase_change where assessment_id = ?",
				String.class, reassessed.id())).containsExactly("UP:POLICY_CHANGE");
		assertThat(timeline.latest(outdated.id(), 10))
			.filteredOn(entry -> entry.occurredAt().equals(reassessed.assessedAt()))
			.extracting(entry -> entry.kind() + ":" + String.join(">", entry.args()))
			.as("the batch's phase change reaches the participant's timeline")
			.containsExactly("PHASE_CHANGED:EARLY>GROWING");
		assertThat(jdbc.queryForList("select kind from participant_timeline where participant_id = ?", String.class,
				never.id())).as("a first assessment opens the timeline").contains("PHASE_FIRST");
		AssessmentSummary kept = assessments.latest(overridden.id()).orElseThrow();
		assertThat(kept.phase()).as("an officer's override stays").isEqualTo(Phase.SCALING);
		assertThat(kept.overridden()).isTrue();
		assertThat(kept.policyVersion()).isEqualTo(PhaseAssessmentPolicy.VERSION);
		AssessmentSummary fromProfile = assessments.latest(never.id()).orElseThrow();
		assertThat(fromProfile.phase()).isEqualTo(Phase.GROWING);
		assertThat(assessments.latestAnswers(never.id()).orElseThrow().mainObstacle()).isEqualTo(MainObstacle.NONE);

		BulkJob second = awaitEnd(bulk.start(admin));
		assertThat(second.status()).isEqualTo(BulkJob.Status.DONE);
		assertThat(second.total()).isZero();
		assertThat(second.processed()).isZero();
		assertThat(assessments.latest(outdated.id()).orElseThrow().id()).isEqualTo(reassessed.id());
	}

	@Test
	void aParticipantBeingAssessedBySomeoneElseIsSkippedAndTheNextJobTakesThem() throws Exception {
		Answers answers = FreshParticipants.answers(Map.of(LicenceType.NIB, FreshParticipants.NIB));
		Fresh busy = FreshParticipants.register(registration, accounts, FreshParticipants.GAMBIR,
				FreshParticipants.kuliner());
		assessing.selfAssess(busy.user(), answers);
		outdate(busy.id(), Phase.EARLY);
		Fresh free = FreshParticipants.register(registration, accounts, FreshParticipants.GAMBIR,
				FreshParticipants.kuliner());
		assessing.selfAssess(free.user(), answers);
		outdate(free.id(), Phase.EARLY);

		BulkJob whileBusy;
		try (Connection other = dataSource.getConnection()) {
			// what an officer's assessment of that participant holds meanwhile
			try (PreparedStatement lock = other.prepareStatement("select pg_advisory_lock(?, ?)")) {
				lock.setInt(1, AdvisoryLocks.Namespace.ASSESSMENT.code());
				lock.setInt(2, AdvisoryLocks.key(busy.id()));
				lock.execute();
			}
			try {
				whileBusy = awaitEnd(bulk.start(admin));
			}
			finally {
				// the pool keeps the connection, and a session's advisory lock with it
				try (PreparedStatement unlock = other.prepareStatement("select pg_advisory_unlock(?, ?)")) {
					unlock.setInt(1, AdvisoryLocks.Namespace.ASSESSMENT.code());
					unlock.setInt(2, AdvisoryLocks.key(busy.id()));
					unlock.execute();
				}
			}
		}

		assertThat(whileBusy.status()).isEqualTo(BulkJob.Status.DONE);
		assertThat(assessments.latest(free.id()).orElseThrow().policyVersion()).isEqualTo(PhaseAssessmentPolicy.VERSION);
		assertThat(assessments.latest(busy.id()).orElseThrow().policyVersion()).as("skipped, not waited for")
			.isEqualTo(OLD_POLICY);
		BulkJob next = awaitEnd(bulk.start(admin));
		assertThat(next.status()).isEqualTo(BulkJob.Status.DONE);
		assertThat(assessments.latest(busy.id()).orElseThrow().policyVersion()).isEqualTo(PhaseAssessmentPolicy.VERSION);
	}

	@Test
	void aSecondJobIsRefusedWhileOneRuns() throws Exception {
		long running = jdbc.queryForObject("insert into assessment_job (policy_version, status, started_by, "
				+ "upper_participant_id, total) values (?, 'RUNNING', ?, 0, 0) returning id", Long.class,
				PhaseAssessmentPolicy.VERSION, admin.accountId());
		try {
			assertThatThrownBy(() -> bulk.start(admin)).isInstanceOfSatisfying(BulkJobRunningException.class,
					ex -> assertThat(ex.runningJobId()).isEqualTo(running));
			mvc.perform(post("/admin/assessments/bulk").with(user(admin)).with(csrf()))
				.andExpect(redirectedUrl("/admin/assessments/bulk/" + running))
				.andExpect(flash().attribute("flashError", "assessment.bulk.alreadyRunning"));
			assertThat(jdbc.queryForObject("select count(*) from assessment_job where status = 'RUNNING'",
					Integer.class)).isOne();
			assertThat(bulk.resumeStale()).as("a run with a live heartbeat is not taken over").isEmpty();
			assertThat(jobs.job(running).orElseThrow().running()).isTrue();
		}
		finally {
			jdbc.update("update assessment_job set status = 'DONE', finished_at = now() where id = ?", running);
		}
	}

	/** A run left as its dead instance left it: running, with a heartbeat long gone. */
	private long deadRun(String policy, long upper, int total, int processed, Long cursor) {
		return jdbc.queryForObject("insert into assessment_job (policy_version, status, started_by, "
				+ "upper_participant_id, total, processed, heartbeat_at, instance, workers, cursors) "
				+ "values (?, 'RUNNING', ?, ?, ?, ?, now() - interval '10 minutes', 'dead-host:1:dead', 1, "
				+ "case when ?::bigint is null then null else array[?::bigint] end) returning id", Long.class, policy,
				admin.accountId(), upper, total, processed, cursor, cursor);
	}

	private int policyChanges(long participantId, java.sql.Timestamp since) {
		return jdbc.queryForObject("select count(*) from assessment where participant_id = ? and source = "
				+ "'POLICY_CHANGE' and assessed_at >= ?", Integer.class, participantId, since);
	}

	@Test
	void aRunWhoseInstanceDiedResumesWhereItStoppedAndAssessesEachParticipantOnce() throws Exception {
		Answers answers = FreshParticipants.answers(Map.of(LicenceType.NIB, FreshParticipants.NIB));
		java.util.List<Fresh> people = new java.util.ArrayList<>();
		for (int i = 0; i < 6; i++) {
			Fresh fresh = FreshParticipants.register(registration, accounts, FreshParticipants.GAMBIR,
					FreshParticipants.kuliner());
			assessing.selfAssess(fresh.user(), answers);
			people.add(fresh);
		}
		// the dead instance had brought the first two to the current policy and gone past them
		people.subList(2, 6).forEach(p -> outdate(p.id(), Phase.EARLY));
		long cursor = people.get(1).id();
		long upper = people.get(5).id();
		int left = jdbc.queryForObject("select count(*) from participant p left join assessment_current c on "
				+ "c.participant_id = p.id where p.id > ? and p.id <= ? and (c.participant_id is null or "
				+ "c.policy_version <> ?)", Integer.class, cursor, upper, PhaseAssessmentPolicy.VERSION);
		java.sql.Timestamp since = jdbc.queryForObject("select now()", java.sql.Timestamp.class);
		long dead = deadRun(PhaseAssessmentPolicy.VERSION, upper, 2 + left, 2, cursor);

		bulk.resumeStale(); // the watchdog's round (the scheduled watchdog may have been first: same outcome)
		BulkJob job = awaitEnd(dead);

		assertThat(job.status()).isEqualTo(BulkJob.Status.DONE);
		assertThat(job.processed()).isEqualTo(job.total()).isEqualTo(2 + left);
		for (Fresh p : people.subList(2, 6)) {
			assertThat(policyChanges(p.id(), since)).as("one assessment by the run for each participant left").isOne();
			assertThat(assessments.latest(p.id()).orElseThrow().policyVersion()).isEqualTo(PhaseAssessmentPolicy.VERSION);
		}
		for (Fresh p : people.subList(0, 2)) {
			assertThat(policyChanges(p.id(), since)).as("done before the interruption, not again").isZero();
		}
		assertThat(jobs.events(dead)).extracting(e -> e.kind() + ":" + e.processed() + ":" + e.detail())
			.containsExactly("INTERRUPTED:2:no-heartbeat", "RESUMED:2:null", "DONE:" + (2 + left) + ":null");
		assertThat(jobs.events(dead).get(0).instance()).isEqualTo("dead-host:1:dead");
		mvc.perform(get("/admin/assessments/bulk/" + dead).with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"terputus (instance portal berhenti memberi tanda hidup), 2 peserta sudah dinilai ulang")))
			.andExpect(content().string(containsString("dilanjutkan di")));
	}

	@Test
	void startingWhileTheRunningJobsInstanceIsDeadResumesThatJob() throws Exception {
		long dead = deadRun(PhaseAssessmentPolicy.VERSION, 0, 0, 0, null);
		assertThat(bulk.start(admin)).isEqualTo(dead);
		BulkJob job = awaitEnd(dead);
		assertThat(job.status()).isEqualTo(BulkJob.Status.DONE);
		assertThat(jobs.events(dead)).extracting(BulkJobEvent::kind).containsExactly("INTERRUPTED", "RESUMED", "DONE");
	}

	@Test
	void aDeadRunOfAnotherPolicyIsAbandonedWithItsReasonAndANewOneStarts() throws Exception {
		long dead = deadRun(OLD_POLICY, 0, 0, 0, null);
		long started = bulk.start(admin);
		assertThat(started).isNotEqualTo(dead);
		assertThat(awaitEnd(started).status()).isEqualTo(BulkJob.Status.DONE);
		BulkJob abandoned = jobs.job(dead).orElseThrow();
		assertThat(abandoned.status()).isEqualTo(BulkJob.Status.ABANDONED);
		assertThat(abandoned.failure()).isEqualTo("policy-changed");
		assertThat(jobs.events(dead)).extracting(e -> e.kind() + ":" + e.detail())
			.containsExactly("INTERRUPTED:no-heartbeat", "ABANDONED:policy-changed");
		mvc.perform(get("/admin/assessments/bulk/" + dead).with(user(admin)))
			.andExpect(content().string(containsString("versi kebijakan sudah berganti")));
	}

	@Test
	void noRunEverEndsAbandonedWithoutAReason() {
		assertThat(jdbc.queryForObject("select count(*) from assessment_job where status = 'ABANDONED' and "
				+ "(failure is null or not exists (select 1 from assessment_job_event e where e.job_id = assessment_job.id "
				+ "and e.kind = 'ABANDONED' and e.detail is not null))", Integer.class)).isZero();
	}

	@Test
	void theAdministratorStartsAJobAndFollowsItsProgress() throws Exception {
		mvc.perform(get("/admin/assessments/bulk").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("versi " + PhaseAssessmentPolicy.VERSION)));
		String location = mvc.perform(post("/admin/assessments/bulk").with(user(admin)).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flashSuccess", "assessment.bulk.started"))
			.andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		BulkJob job = awaitEnd(id);
		mvc.perform(get(location).with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(job.processed() + " dari " + job.total() + " peserta")))
			.andExpect(content().string(containsString("Selesai")))
			.andExpect(content().string(containsString("dimulai di")));
		mvc.perform(get("/admin/assessments/bulk/987654321").with(user(admin))).andExpect(status().isNotFound());
	}

}
