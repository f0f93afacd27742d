package id.jakpreneur.portal.assessment;

import static id.jakpreneur.portal.assessment.FreshParticipants.GAMBIR;
import static id.jakpreneur.portal.assessment.FreshParticipants.NIB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.assessment.FreshParticipants.Fresh;
import id.jakpreneur.portal.assessment.domain.Answers;
import id.jakpreneur.portal.assessment.domain.Assessing;
import id.jakpreneur.portal.assessment.domain.PhaseDefinition;
import id.jakpreneur.portal.assessment.domain.TrackDefinition;
import id.jakpreneur.portal.assessment.policy.MainObstacle;
import id.jakpreneur.portal.assessment.policy.PhaseAssessmentPolicy;
import id.jakpreneur.portal.assessment.policy.Reason;
import id.jakpreneur.portal.assessment.query.PhaseChange;
import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.support.PortalWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Assessment records on the real database: history kept, phase changes dated with their direction, the current
 * state tables following the latest assessment, step completions re-assessing, and the reference data.
 */
@PortalWebTest
@RecordApplicationEvents
class AssessmentRecordsTests {

	@Autowired
	Registration registration;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Assessing assessing;

	@Autowired
	Assessments assessments;

	@Autowired
	AssessmentReference reference;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEvents events;

	private Fresh fresh() {
		return FreshParticipants.register(registration, accounts, GAMBIR, FreshParticipants.kuliner());
	}

	@Test
	void movingUpAndDownKeepsEveryAssessmentAndRecordsDatedPhaseChanges() {
		Fresh p = fresh();
		AssessmentSummary early = assessing.selfAssess(p.user(), FreshParticipants.answers(Map.of()));
		AssessmentSummary growing = assessing.selfAssess(p.user(), FreshParticipants.answers(Map.of(LicenceType.NIB, NIB)));
		AssessmentSummary again = assessing.selfAssess(p.user(), FreshParticipants.answers(Map.of()));

		assertThat(List.of(early.phase(), growing.phase(), again.phase()))
			.containsExactly(Phase.EARLY, Phase.GROWING, Phase.EARLY);
		assertThat(jdbc.queryForList("select phase || ':' || coalesce(previous_phase, '-') || ':' || naik_kelas || ':' "
				+ "|| regressed from assessment where participant_id = ? order by id", String.class, p.id()))
			.containsExactly("EARLY:-:false:false", "GROWING:EARLY:true:false", "EARLY:GROWING:false:true");
		assertThat(jdbc.queryForList("select from_phase || '>' || to_phase || ':' || direction || ':' || source "
				+ "|| ':' || (changed_on = (now() at time zone 'Asia/Jakarta')::date) from phase_change "
				+ "where participant_id = ? order by id", String.class, p.id()))
			.containsExactly("EARLY>GROWING:UP:QUESTIONNAIRE:true", "GROWING>EARLY:DOWN:QUESTIONNAIRE:true");
		assertThat(jdbc.queryForList("select assessment_id from phase_change where participant_id = ? order by id",
				Long.class, p.id())).containsExactly(growing.id(), again.id());
		assertThat(assessments.phaseChanges(p.id())).extracting(PhaseChange::direction)
			.containsExactly(PhaseChange.Direction.DOWN, PhaseChange.Direction.UP);
		assertThat(assessments.history(p.id(), Pageable.ofSize(10)).getContent())
			.extracting(e -> e.assessment().id())
			.containsExactly(again.id(), growing.id(), early.id());
		assertThat(events.stream(PhaseAssessed.class).filter(e -> e.participantId() == p.id()))
			.extracting(PhaseAssessed::naikKelas, PhaseAssessed::regressed)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(false, false),
					org.assertj.core.groups.Tuple.tuple(true, false), org.assertj.core.groups.Tuple.tuple(false, true));
	}

	@Test
	void anAssessmentIsNeverChangedInTheDatabase() {
		Fresh p = fresh();
		AssessmentSummary summary = assessing.selfAssess(p.user(), FreshParticipants.answers(Map.of()));
		assertThatThrownBy(() -> jdbc.update("update assessment set phase = 'GRADUATED' where id = ?", summary.id()))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("never changed");
		assertThat(assessments.latest(p.id()).orElseThrow().phase()).isEqualTo(Phase.EARLY);
	}

	@Test
	void theCurrentStateFollowsTheLatestAssessmentAndKeepsWhenAStepGotItsStatus() {
		Fresh p = fresh();
		assessing.selfAssess(p.user(), FreshParticipants.answers(Map.of()));
		Instant p3Since = jdbc.queryForObject("select since from participant_step where participant_id = ? and step = 'P3'",
				java.sql.Timestamp.class, p.id()).toInstant();
		AssessmentSummary licensed = assessing.selfAssess(p.user(), FreshParticipants.answers(Map.of(LicenceType.NIB, NIB)));

		assertThat(jdbc.queryForList("select step || ':' || status from participant_step where participant_id = ? "
				+ "order by step", String.class, p.id()))
			.containsExactly("P1:COMPLETED", "P2:RECOGNISED", "P3:NEEDED", "P4:NEEDED", "P5:RECOGNISED", "P6:NEEDED",
					"P7:NEEDED");
		// a declared NIB moves the phase (a diagnosis) but never completes P4: only a verified licence does
		assertThat(jdbc.queryForObject("select evidence from participant_step where participant_id = ? and step = 'P4'",
				String.class, p.id())).isNull();
		assertThat(jdbc.queryForObject("select since from participant_step where participant_id = ? and step = 'P3'",
				java.sql.Timestamp.class, p.id()).toInstant()).isEqualTo(p3Since);
		assertThat(jdbc.queryForMap("select assessment_id, phase, track, policy_version from assessment_current "
				+ "where participant_id = ?", p.id()))
			.containsEntry("assessment_id", licensed.id())
			.containsEntry("phase", "GROWING")
			.containsEntry("policy_version", PhaseAssessmentPolicy.VERSION);
		assertThat(assessments.currentPhase(p.id())).contains(Phase.GROWING);
		Fresh never = fresh();
		assertThat(assessments.currentPhases(List.of(p.id(), never.id()))).containsExactly(Map.entry(p.id(), Phase.GROWING));
	}

	@Test
	void aCompletedStepIsRecordedAndTheParticipantIsAssessedAgainWithIt() {
		Fresh p = fresh();
		assessing.selfAssess(p.user(), new Answers(id.jakpreneur.portal.entrepreneur.BusinessStage.IDEA, null,
				id.jakpreneur.portal.entrepreneur.Sector.KULINER, false, 0, 2_000_000, 0, Map.of(), false, false, false,
				java.util.Set.of(), false, false, false, false, MainObstacle.NONE));
		Instant when = Instant.parse("2026-03-02T03:00:00Z");

		transactions.executeWithoutResult(status -> publisher
			.publishEvent(new StepCompleted(p.id(), StepCode.P2, "Sertifikat kelas kuliner 12/2026", when)));

		AssessmentSummary latest = assessments.latest(p.id()).orElseThrow();
		assertThat(latest.step(StepCode.P2)).isEqualTo(
				new StepOutcome(StepCode.P2, StepStatus.COMPLETED, "Sertifikat kelas kuliner 12/2026"));
		assertThat(latest.reasons()).extracting(Reason::ruleCode).contains("step.P2.completed");
		assertThat(jdbc.queryForMap("select source, assessor_role, assessed_by, completed_steps::text as steps "
				+ "from assessment where id = ?", latest.id()))
			.containsEntry("source", "STEP_COMPLETED")
			.containsEntry("assessor_role", "SYSTEM")
			.containsEntry("assessed_by", null)
			.containsEntry("steps", "{P2}");
		assertThat(jdbc.queryForObject("select count(*) from participant_step_completion where participant_id = ? "
				+ "and step = 'P2'", Integer.class, p.id())).isOne();
		assertThat(jdbc.queryForObject("select status || ':' || evidence from participant_step where participant_id = ? "
				+ "and step = 'P2'", String.class, p.id())).isEqualTo("COMPLETED:Sertifikat kelas kuliner 12/2026");
	}

	@Test
	void aStepCompletedBeforeAnyAssessmentIsAssessedFromTheProfile() {
		Fresh p = fresh();
		transactions.executeWithoutResult(status -> publisher
			.publishEvent(new StepCompleted(p.id(), StepCode.P3, "Pendampingan 6 sesi", Instant.now())));

		AssessmentSummary latest = assessments.latest(p.id()).orElseThrow();
		assertThat(latest.phase()).isEqualTo(Phase.GROWING);
		assertThat(latest.step(StepCode.P3).status()).isEqualTo(StepStatus.COMPLETED);
		// that such a participant is not in the mentor-assignment queue: mentoring.AssignmentQueueTests
	}

	@Test
	void theSystemKeepsAnOfficersOverrideWhenItAssessesAgain() {
		Fresh p = fresh();
		assessing.selfAssess(p.user(), FreshParticipants.answers(Map.of()));
		PortalUser officer = FreshParticipants.demo(accounts, Role.OFFICER);
		assessing.override(officer, p.id(), Phase.GROWING, null, "Sudah punya NIB, nomornya menyusul.");

		transactions.executeWithoutResult(status -> publisher
			.publishEvent(new StepCompleted(p.id(), StepCode.P2, "Sertifikat pelatihan", Instant.now())));

		AssessmentSummary latest = assessments.latest(p.id()).orElseThrow();
		assertThat(latest.phase()).isEqualTo(Phase.GROWING);
		assertThat(latest.overridden()).isTrue();
		assertThat(latest.step(StepCode.P2).status()).isEqualTo(StepStatus.COMPLETED);
		assertThat(jdbc.queryForObject("select overridden_by from assessment where id = ?", Long.class, latest.id()))
			.isEqualTo(officer.accountId());
	}

	@Test
	void textThatCopyEscapesComesBackAsWritten() {
		Fresh p = fresh();
		assessing.selfAssess(p.user(), FreshParticipants.answers(Map.of()));
		PortalUser officer = FreshParticipants.demo(accounts, Role.OFFICER);
		String reason = "Dicek di lokasi:\tNIB \"menyusul\" (arsip C:\\surat\\nib)\nbaris kedua — ✓ \\N";
		String evidence = "Sertifikat\tno. 12\\A\r\n\"Pelatihan\" — ✓";
		assessing.override(officer, p.id(), Phase.GROWING, null, reason);
		transactions.executeWithoutResult(status -> publisher
			.publishEvent(new StepCompleted(p.id(), StepCode.P2, evidence, Instant.now())));

		AssessmentSummary latest = assessments.latest(p.id()).orElseThrow();
		assertThat(jdbc.queryForObject("select override_reason from assessment where id = ?", String.class,
				latest.id())).isEqualTo(reason);
		assertThat(latest.step(StepCode.P2).evidence()).isEqualTo(evidence);
		assertThat(jdbc.queryForObject("select evidence from participant_step where participant_id = ? and step = 'P2'",
				String.class, p.id())).isEqualTo(evidence);
	}

	@Test
	void stepsFollowTheOrderOfTheParticipantsAgency() {
		Fresh p = fresh();
		assertThat(assessments.plan(p.id(), "PPKUKM")).extracting(PlannedStep::step)
			.containsExactly(StepCode.P1, StepCode.P2, StepCode.P3, StepCode.P4, StepCode.P5, StepCode.P6, StepCode.P7);
		assertThat(assessments.plan(p.id(), "PPAPP")).extracting(PlannedStep::step)
			.containsExactly(StepCode.P1, StepCode.P3, StepCode.P2, StepCode.P4, StepCode.P5, StepCode.P6, StepCode.P7);
		assertThat(assessments.plan(p.id(), "PPKUKM")).allMatch(s -> s.status() == StepStatus.NEEDED && s.since() == null);
		assessing.selfAssess(p.user(), FreshParticipants.answers(Map.of(LicenceType.NIB, NIB)));
		assertThat(assessments.plan(p.id(), "PPAPP")).extracting(s -> s.step() + ":" + s.status())
			.containsExactly("P1:COMPLETED", "P3:NEEDED", "P2:RECOGNISED", "P4:NEEDED", "P5:RECOGNISED", "P6:NEEDED",
					"P7:NEEDED");
	}

	@Test
	void referenceDataMatchesThePolicysVocabulary() {
		assertThat(reference.phases()).extracting(PhaseDefinition::phase).containsExactly(Phase.values());
		assertThat(reference.tracks()).extracting(TrackDefinition::track).containsExactlyInAnyOrder(Track.values());
		assertThat(reference.agencies()).extracting(FosteringAgency::code)
			.containsExactlyInAnyOrder("PPKUKM", "PAREKRAF", "PPAPP", "DINSOS", "KPKP");
		for (FosteringAgency agency : reference.agencies()) {
			assertThat(reference.stepsOf(agency.code())).as(agency.code()).extracting(StepDefinition::step)
				.containsExactlyInAnyOrder(StepCode.values());
		}
		assertThat(reference.stepsOf("UNKNOWN")).isEqualTo(reference.stepsOf("PPKUKM"));
		assertThatThrownBy(() -> jdbc.update("update participant set fostering_agency = 'NOPE' where id = ?", fresh().id()))
			.isInstanceOf(DataAccessException.class);
		Fresh assessed = fresh();
		assessing.selfAssess(assessed.user(), FreshParticipants.answers(Map.of()));
		for (String column : List.of("phase", "track")) {
			assertThatThrownBy(() -> jdbc.update("update assessment_current set " + column + " = 'NOPE' "
					+ "where participant_id = ?", assessed.id())).as(column).isInstanceOf(DataAccessException.class);
		}
	}

	@Test
	void referenceDataIsReadInBothLanguagesFromItsEntities() {
		assertThat(reference.phase(Phase.IDEA).name(java.util.Locale.ENGLISH)).isEqualTo("Idea");
		assertThat(reference.phase(Phase.IDEA).name(java.util.Locale.forLanguageTag("id"))).isEqualTo("Ide");
		assertThat(reference.phases()).extracting(PhaseDefinition::position).containsExactly(1, 2, 3, 4, 5);
		assertThat(reference.activeTracks()).extracting(TrackDefinition::track).contains(Track.IDEA_TO_BUSINESS);
		assertThat(reference.agency("PPKUKM")).isPresent();
		assertThat(reference.stepsOf("PPAPP")).extracting(StepDefinition::position).containsExactly(1, 2, 3, 4, 5, 6, 7);
	}

	@Test
	void thePublishedViewsShowWhereAParticipantStandsAndTheStepsCompleted() {
		Fresh p = fresh();
		AssessmentSummary licensed = assessing.selfAssess(p.user(), FreshParticipants.answers(Map.of(LicenceType.NIB, NIB)));
		transactions.executeWithoutResult(status -> publisher
			.publishEvent(new StepCompleted(p.id(), StepCode.P2, "Sertifikat pelatihan", Instant.now())));
		AssessmentSummary latest = assessments.latest(p.id()).orElseThrow();

		assertThat(jdbc.queryForMap("select assessment_id, phase, track, priority, size_class, step_status[2] as p2, "
				+ "waiting_since is not null as waiting from participant_standing where participant_id = ?", p.id()))
			.containsEntry("assessment_id", latest.id())
			.containsEntry("phase", latest.phase().name())
			.containsEntry("track", latest.track().name())
			.containsEntry("priority", latest.priority().name())
			.containsEntry("size_class", licensed.sizeClass().name())
			.containsEntry("p2", "COMPLETED")
			.containsEntry("waiting", true);
		assertThat(jdbc.queryForList("select step || ':' || evidence from step_completion where participant_id = ?",
				String.class, p.id())).containsExactly("P2:Sertifikat pelatihan");
	}

	@Test
	void onlyAnOfficerOfTheAreaMayAssessAfterAVisit() {
		Fresh inTebet = FreshParticipants.register(registration, accounts, FreshParticipants.TEBET,
				FreshParticipants.kuliner());
		assertThatThrownBy(() -> assessing.assessAfterVisit(FreshParticipants.demo(accounts, Role.OFFICER), inTebet.id(),
				FreshParticipants.answers(Map.of()))).isInstanceOf(id.jakpreneur.portal.shared.NotFoundException.class);
		assertThatThrownBy(() -> assessing.assessAfterVisit(inTebet.user(), inTebet.id(),
				FreshParticipants.answers(Map.of()))).isInstanceOf(id.jakpreneur.portal.shared.NotFoundException.class);
		assertThat(assessments.latest(inTebet.id())).isEmpty();
	}

}
