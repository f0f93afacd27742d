package id.jakpreneur.portal.assessment.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.assessment.AssessmentOverridden;
import id.jakpreneur.portal.assessment.AssessmentSummary;
import id.jakpreneur.portal.assessment.MentorAccess;
import id.jakpreneur.portal.assessment.Phase;
import id.jakpreneur.portal.assessment.StepCode;
import id.jakpreneur.portal.assessment.Track;
import id.jakpreneur.portal.assessment.domain.Answers;
import id.jakpreneur.portal.assessment.domain.AssessmentSource;
import id.jakpreneur.portal.assessment.domain.AssessmentStore;
import id.jakpreneur.portal.assessment.domain.AssessmentWriter;
import id.jakpreneur.portal.assessment.domain.AssessorRole;
import id.jakpreneur.portal.assessment.domain.NewAssessment;
import id.jakpreneur.portal.assessment.domain.NothingToOverrideException;
import id.jakpreneur.portal.assessment.domain.StoredAssessment;
import id.jakpreneur.portal.assessment.policy.AssessmentInput;
import id.jakpreneur.portal.assessment.policy.PhaseAssessmentPolicy;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes assessments: the entrepreneur's own questionnaire, an officer's after a visit, an officer's override, and
 * the portal's own re-assessment when a step is completed. Each one locks the participant, runs the policy on the
 * answers with the day (in Jakarta), the completed steps and the previous phase, and stores a new record: nothing
 * is ever overwritten. Who may assess whom is decided here, through {@link ParticipantRecords}: an entrepreneur
 * only themself, an officer only their area; a mentor only their current mentees (through {@link MentorAccess});
 * anyone else gets "not found".
 */
@Service
@Transactional
public class Assessing {

	public static final int OVERRIDE_REASON_MIN = 10;

	public static final int OVERRIDE_REASON_MAX = 500;

	private final PhaseAssessmentPolicy policy = new PhaseAssessmentPolicy();

	private final ParticipantRecords records;

	private final AssessmentStore store;

	private final AssessmentWriter writer;

	private final Clock clock;

	private final ObjectProvider<MentorAccess> mentorAccess;

	private final ApplicationEventPublisher events;

	Assessing(ParticipantRecords records, AssessmentStore store, AssessmentWriter writer,
			ObjectProvider<MentorAccess> mentorAccess, ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.records = records;
		this.store = store;
		this.writer = writer;
		this.mentorAccess = mentorAccess;
		this.clock = clock;
	}

	/** The entrepreneur assesses their own business. */
	public AssessmentSummary selfAssess(PortalUser entrepreneur, Answers answers) {
		if (entrepreneur.role() != Role.ENTREPRENEUR) {
			throw new NotFoundException();
		}
		ParticipantView me = records.ofAccount(entrepreneur.accountId()).orElseThrow(NotFoundException::new);
		return assess(me.id(), answers, entrepreneur.accountId(), AssessorRole.ENTREPRENEUR,
				AssessmentSource.QUESTIONNAIRE);
	}

	/**
	 * An officer (of the participant's area), an administrator, or the participant's current mentor assesses a
	 * business after a visit.
	 */
	public AssessmentSummary assessAfterVisit(PortalUser staff, long participantId, Answers answers) {
		if (staff.role() == Role.MENTOR) {
			requireMentee(staff, participantId);
		}
		else {
			requireOfficer(staff, participantId);
		}
		return assess(participantId, answers, staff.accountId(), AssessorRole.of(staff.role()), AssessmentSource.VISIT);
	}

	/**
	 * The name of a mentor's current mentee, for the mentor's visit questionnaire.
	 * @throws NotFoundException when the participant is not the mentor's current mentee
	 */
	public String requireMentee(PortalUser mentor, long participantId) {
		MentorAccess access = mentorAccess.getIfAvailable();
		if (mentor.role() != Role.MENTOR || access == null) {
			throw new NotFoundException();
		}
		return access.menteeName(mentor.accountId(), participantId).orElseThrow(NotFoundException::new);
	}

	/**
	 * An officer sets the phase and/or the track by hand, with a written reason. The latest assessment is kept as it
	 * was; the override is a new record, flagged, with the officer and the reason, shown in every history. The policy
	 * re-plans it for the officer's phase and track (steps, their order, reasons); {@link AssessmentOverridden} tells
	 * the timeline who did it.
	 * @param phase the phase to set, or {@code null} to keep the latest one
	 * @param track the track to set, or {@code null} to keep the latest one
	 * @throws NothingToOverrideException when neither phase nor track would change
	 */
	public AssessmentSummary override(PortalUser officer, long participantId, Phase phase, Track track, String reason) {
		requireOfficer(officer, participantId);
		String text = reason == null ? "" : reason.strip();
		if (text.length() < OVERRIDE_REASON_MIN || text.length() > OVERRIDE_REASON_MAX) {
			throw new IllegalArgumentException("an override needs a reason of 10 to 500 characters");
		}
		store.lock(participantId);
		StoredAssessment latest = store.latest(participantId).orElseThrow(NotFoundException::new);
		Phase newPhase = phase == null ? latest.phase() : phase;
		Track newTrack = track == null ? latest.track() : track;
		if (newPhase == latest.phase() && newTrack == latest.track()) {
			throw new NothingToOverrideException();
		}
		Instant now = clock.instant();
		LocalDate today = LocalDate.now(clock);
		Map<StepCode, String> completions = store.completions(participantId);
		AssessmentInput input = latest.answers().toInput(today, completions.keySet(), latest.phase());
		NewAssessment override = NewAssessment.override(latest, now, today, officer.accountId(),
				AssessorRole.of(officer.role()), input, policy.override(input, newPhase, newTrack, text), completions,
				text);
		long id = writer.write(List.of(override)).get(0);
		events.publishEvent(new AssessmentOverridden(participantId, id, officer.accountId(), latest.phase(), newPhase,
				latest.track(), newTrack, text, override.assessedAt()));
		return summary(id, override);
	}

	/**
	 * Assesses a participant again on their latest answers (or their profile, if they never answered), for example
	 * after a step was completed. Made by the portal itself; public for this module's own listener
	 * ({@code domain.StepCompletions}): other modules publish {@link StepCompleted} instead.
	 */
	public AssessmentSummary reassess(long participantId, AssessmentSource source) {
		store.lock(participantId);
		Optional<StoredAssessment> latest = store.latest(participantId);
		Answers answers = latest.map(StoredAssessment::answers)
			.or(() -> store.profileAnswers(participantId))
			.orElseThrow(NotFoundException::new);
		return assessLocked(participantId, answers, null, AssessorRole.SYSTEM, source, latest.orElse(null));
	}

	private AssessmentSummary assess(long participantId, Answers answers, Long assessorId, AssessorRole role,
			AssessmentSource source) {
		store.lock(participantId);
		return assessLocked(participantId, answers, assessorId, role, source, store.latest(participantId).orElse(null));
	}

	private AssessmentSummary assessLocked(long participantId, Answers answers, Long assessorId, AssessorRole role,
			AssessmentSource source, StoredAssessment previous) {
		Instant now = clock.instant();
		LocalDate today = LocalDate.now(clock);
		Map<StepCode, String> completions = store.completions(participantId);
		AssessmentInput input = answers.toInput(today, completions.keySet(), previous == null ? null : previous.phase());
		NewAssessment assessment = NewAssessment.of(participantId, now, today, assessorId, role, source, input,
				role == AssessorRole.SYSTEM ? NewAssessment.plan(policy, input, previous) : policy.assess(input),
				completions, previous);
		long id = writer.write(List.of(assessment)).get(0);
		return summary(id, assessment);
	}

	private void requireOfficer(PortalUser staff, long participantId) {
		if (staff.role() != Role.OFFICER && staff.role() != Role.ADMIN) {
			throw new NotFoundException();
		}
		records.get(staff, participantId);
	}

	private static AssessmentSummary summary(long id, NewAssessment a) {
		return new AssessmentSummary(id, a.participantId(), a.phase(), a.sizeClass(), a.track(), a.priority(),
				a.assessedAt(), a.policyVersion(), a.steps(), a.reasons(), a.overridden());
	}

}
