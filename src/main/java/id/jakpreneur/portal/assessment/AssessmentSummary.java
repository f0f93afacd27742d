package id.jakpreneur.portal.assessment;

import java.time.Instant;
import java.util.List;

import id.jakpreneur.portal.assessment.policy.Reason;

/**
 * One stored assessment as other modules and pages see it.
 *
 * @param id the assessment record
 * @param participantId whose business
 * @param phase development phase (the officer's, when overridden)
 * @param sizeClass size class per PP 7/2021
 * @param track mentoring track (the officer's, when overridden)
 * @param priority how urgently to follow up
 * @param assessedAt when
 * @param policyVersion the policy version that produced the result
 * @param steps all 7 steps, P1..P7
 * @param reasons the rules that fired, in order
 * @param overridden whether an officer set the phase or track by hand
 */
public record AssessmentSummary(long id, long participantId, Phase phase, SizeClass sizeClass, Track track,
		Priority priority, Instant assessedAt, String policyVersion, List<StepOutcome> steps, List<Reason> reasons,
		boolean overridden) {

	public AssessmentSummary {
		steps = List.copyOf(steps);
		reasons = List.copyOf(reasons);
	}

	/** The outcome of one step. */
	public StepOutcome step(StepCode code) {
		return steps.get(code.ordinal());
	}

}
