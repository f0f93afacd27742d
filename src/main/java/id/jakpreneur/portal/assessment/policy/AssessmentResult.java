package id.jakpreneur.portal.assessment.policy;

import java.util.List;
import java.util.Objects;

import id.jakpreneur.portal.assessment.Phase;
import id.jakpreneur.portal.assessment.Priority;
import id.jakpreneur.portal.assessment.SizeClass;
import id.jakpreneur.portal.assessment.StepCode;
import id.jakpreneur.portal.assessment.StepOutcome;
import id.jakpreneur.portal.assessment.Track;

/**
 * What the policy concluded about one business, with the reasons that led there and the policy version, so that a
 * stored result can always be explained later even after the rules change.
 *
 * @param phase development phase
 * @param sizeClass size class per PP 7/2021
 * @param steps the status of every step, always all 7 in P1..P7 order
 * @param track the mentoring track that fits best now
 * @param priority how urgently to follow up
 * @param reasons every rule that fired, in the order the policy applied them
 * @param policyVersion version of the policy that produced this result
 * @param naikKelas whether the phase is above the previous assessment's
 * @param regressed whether the phase is below the previous assessment's
 */
public record AssessmentResult(Phase phase, SizeClass sizeClass, List<StepOutcome> steps, Track track,
		Priority priority, List<Reason> reasons, String policyVersion, boolean naikKelas, boolean regressed) {

	private static final StepCode[] STEP_ORDER = StepCode.values();

	public AssessmentResult {
		Objects.requireNonNull(phase, "phase");
		Objects.requireNonNull(sizeClass, "sizeClass");
		Objects.requireNonNull(track, "track");
		Objects.requireNonNull(priority, "priority");
		Objects.requireNonNull(policyVersion, "policyVersion");
		// the policy's lists are immutable already; anything else is copied
		steps = steps instanceof FixedList ? steps : List.copyOf(steps);
		reasons = reasons instanceof FixedList ? reasons : List.copyOf(reasons);
		StepCode[] codes = STEP_ORDER;
		if (steps.size() != codes.length) {
			throw new IllegalArgumentException("expected " + codes.length + " steps but got " + steps.size());
		}
		for (int i = 0; i < codes.length; i++) {
			if (steps.get(i).step() != codes[i]) {
				throw new IllegalArgumentException("steps must be in P1..P7 order");
			}
		}
		if (naikKelas && regressed) {
			throw new IllegalArgumentException("a result cannot both move up and regress");
		}
	}

	/** The outcome of one step. */
	public StepOutcome step(StepCode code) {
		return steps.get(code.ordinal());
	}

}
