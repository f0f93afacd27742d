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
 * policy on their stored answers, keeps officers' overrides, and is safe to run twice.
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
		}
		finally {
			jdbc.update("update assessment_job set status = 'DONE', finished_at = now() where id = ?", running);
		}
	}

	@Test
	void aJobWhosePortalStoppedNoLongerBlocksANewOne() throws Exception {
		long stale = jdbc.queryForObject("insert into assessment_job (policy_version, status, started_by, "
				+ "upper_participant_id, heartbeat_at) values (?, 'RUNNING', ?, 0, now() - interval '10 minutes') "
				+ "returning id", Long.class, PhaseAssessmentPolicy.VERSION, admin.accountId());
		BulkJob job = awaitEnd(bulk.start(admin));
		assertThat(job.status()).isEqualTo(BulkJob.Status.DONE);
		assertThat(jobs.job(stale).orElseThrow().status()).isEqualTo(BulkJob.Status.ABANDONED);
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
			.andExpect(content().string(containsString("Selesai")));
		mvc.perform(get("/admin/assessments/bulk/987654321").with(user(admin))).andExpect(status().isNotFound());
	}

}
