package id.jakpreneur.portal.assessment.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import id.jakpreneur.portal.assessment.Phase;
import id.jakpreneur.portal.assessment.Priority;
import id.jakpreneur.portal.assessment.SizeClass;
import id.jakpreneur.portal.assessment.StepCode;
import id.jakpreneur.portal.assessment.StepOutcome;
import id.jakpreneur.portal.assessment.StepStatus;
import id.jakpreneur.portal.assessment.Track;
import id.jakpreneur.portal.assessment.policy.AssessmentInput;
import id.jakpreneur.portal.assessment.policy.AssessmentResult;
import id.jakpreneur.portal.assessment.policy.PhaseAssessmentPolicy;
import id.jakpreneur.portal.assessment.policy.Reason;

/**
 * An assessment about to be stored: the input the policy saw, the conclusion (the policy's, or an officer's
 * override of phase and track), who made it, and the participant's previous assessment (to find the phase change
 * and the steps that changed).
 */
public record NewAssessment(long participantId, Instant assessedAt, LocalDate assessedOn, Long assessorId,
		AssessorRole assessorRole, AssessmentSource source, AssessmentInput input, String policyVersion, Phase phase,
		SizeClass sizeClass, Track track, Priority priority, List<StepOutcome> steps, List<Reason> reasons,
		Long overriddenBy, String overrideReason, StoredAssessment previous) {

	public NewAssessment {
		// to the microsecond PostgreSQL keeps, so the stored row and the events published about it agree
		assessedAt = Objects.requireNonNull(assessedAt, "assessedAt").truncatedTo(ChronoUnit.MICROS);
		Objects.requireNonNull(assessorRole, "assessorRole");
		Objects.requireNonNull(phase, "phase");
		Objects.requireNonNull(track, "track");
		if ((assessorRole == AssessorRole.SYSTEM) != (assessorId == null)) {
			throw new IllegalArgumentException("only the portal itself assesses without an account");
		}
	}

	/**
	 * The policy's result. When the portal itself re-assesses (a step completed, a new policy) a participant whose
	 * latest result an officer overrode, the officer's phase and track stay: only new answers replace a judgment
	 * made with a written reason.
	 */
	public static NewAssessment of(long participantId, Instant at, LocalDate on, Long assessorId, AssessorRole role,
			AssessmentSource source, AssessmentInput input, AssessmentResult result,
			Map<StepCode, String> completionEvidence, StoredAssessment previous) {
		boolean keepOverride = role == AssessorRole.SYSTEM && previous != null && previous.overridden();
		return new NewAssessment(participantId, at, on, assessorId, role, source, input, result.policyVersion(),
				keepOverride ? previous.phase() : result.phase(), result.sizeClass(),
				keepOverride ? previous.track() : result.track(), result.priority(),
				withEvidence(result.steps(), completionEvidence), result.reasons(),
				keepOverride ? previous.overriddenBy() : null, keepOverride ? previous.overrideReason() : null,
				previous);
	}

	/**
	 * What the policy says of these answers: its own result, or, for a participant whose latest result an officer
	 * overrode, the officer's phase and track re-planned (the portal's own re-assessment keeps them, see {@link #of}).
	 */
	public static AssessmentResult plan(PhaseAssessmentPolicy policy, AssessmentInput input, StoredAssessment previous) {
		return previous != null && previous.overridden()
				? policy.override(input, previous.phase(), previous.track(), previous.overrideReason())
				: policy.assess(input);
	}

	/** The policy marks a step completed without evidence; the completion's own evidence is shown with it. */
	private static List<StepOutcome> withEvidence(List<StepOutcome> steps, Map<StepCode, String> evidence) {
		if (evidence.isEmpty()) {
			return steps;
		}
		List<StepOutcome> filled = new ArrayList<>(steps.size());
		for (StepOutcome step : steps) {
			String proof = evidence.get(step.step());
			filled.add(step.status() == StepStatus.COMPLETED && step.evidence() == null && proof != null
					? new StepOutcome(step.step(), StepStatus.COMPLETED, proof) : step);
		}
		return filled;
	}

	/** Evidence of the steps a stored assessment shows as completed. */
	public static Map<StepCode, String> completionEvidence(StoredAssessment assessment) {
		Map<StepCode, String> evidence = new EnumMap<>(StepCode.class);
		for (StepOutcome step : assessment.steps()) {
			if (step.status() == StepStatus.COMPLETED && step.evidence() != null) {
				evidence.put(step.step(), step.evidence());
			}
		}
		return evidence;
	}

	/**
	 * An officer sets phase and/or track by hand on the latest answers: the policy re-plans the steps and the reasons
	 * for the officer's phase and track ({@code PhaseAssessmentPolicy.override}), with the steps completed so far.
	 */
	public static NewAssessment override(StoredAssessment latest, Instant at, LocalDate on, long officerId,
			AssessorRole role, AssessmentInput input, AssessmentResult plan, Map<StepCode, String> completionEvidence,
			String reason) {
		return new NewAssessment(latest.participantId(), at, on, officerId, role, AssessmentSource.OVERRIDE, input,
				plan.policyVersion(), plan.phase(), plan.sizeClass(), plan.track(), plan.priority(),
				withEvidence(plan.steps(), completionEvidence), plan.reasons(), officerId, reason.strip(), latest);
	}

	public Phase previousPhase() {
		return previous == null ? null : previous.phase();
	}

	public boolean naikKelas() {
		return previous != null && phase.isAbove(previous.phase());
	}

	public boolean regressed() {
		return previous != null && previous.phase().isAbove(phase);
	}

	public boolean overridden() {
		return overriddenBy != null;
	}

	/** Since when mentoring (P3) has been needed: kept from the previous assessment while it stays needed. */
	public Instant waitingSince() {
		if (steps.get(StepCode.P3.ordinal()).status() != StepStatus.NEEDED) {
			return null;
		}
		if (previous != null && previous.waitingSince() != null) {
			return previous.waitingSince();
		}
		return assessedAt;
	}

}
