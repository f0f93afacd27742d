package id.jakpreneur.portal.assessment.policy;

import java.util.List;
import java.util.Objects;

import id.jakpreneur.portal.assessment.Phase;
import id.jakpreneur.portal.assessment.Priority;
import id.jakpreneur.portal.assessment.SizeClass;
import id.jakpreneur.portal.assessment.StepOutcome;
import id.jakpreneur.portal.assessment.Track;
import id.jakpreneur.portal.assessment.policy.FixedList.Builder;

/**
 * An officer's override as the policy plans it (rule "Override" of {@link PhaseAssessmentPolicy}): the officer's
 * phase and track replace the policy's, and the reasons say so first, with the officer's own words; everything the
 * officer did not decide comes from the facts as in any assessment: the size class, the 7 steps (an override never
 * recognises a step without evidence), the product advice, and the priority of the officer's phase. The reasons of
 * the policy's own phase and track, which the officer set aside, are left out.
 */
final class OverridePlan {

	private static final String KEY = "assessment.reason.";

	private OverridePlan() {
	}

	static AssessmentResult plan(AssessmentInput in, Phase phase, Track track, String officerReason) {
		Objects.requireNonNull(phase, "phase");
		Objects.requireNonNull(track, "track");
		Builder<Reason> reasons = new Builder<>(new Reason[20]);
		reasons.add(Reason.of("override.reason", KEY + "overrideReason", officerReason == null ? "" : officerReason.strip()));
		reasons.add(Reason.of("override.phase", KEY + "overridePhase." + phase.name()));
		long months = PhaseAssessmentPolicy.monthsRunning(in);
		SizeClass size = PhaseAssessmentPolicy.sizeClassOf(in, months);
		PhaseAssessmentPolicy.explainSizeClass(in, months, size, reasons);
		boolean naikKelas = in.previousPhase() != null && phase.isAbove(in.previousPhase());
		boolean regressed = in.previousPhase() != null && in.previousPhase().isAbove(phase);
		PhaseAssessmentPolicy.comparePrevious(naikKelas, regressed, reasons);
		List<StepOutcome> steps = StepRules.steps(in, months, reasons);
		PhaseAssessmentPolicy.productAdvice(in, phase, reasons);
		reasons.add(Reason.of("override.track", KEY + "overrideTrack." + track.name()));
		Priority priority = PhaseAssessmentPolicy.priority(phase, months, regressed, reasons);
		return new AssessmentResult(phase, size, steps, track, priority, reasons.build(), PhaseAssessmentPolicy.VERSION,
				naikKelas, regressed);
	}

}
