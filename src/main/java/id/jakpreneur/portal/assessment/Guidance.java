package id.jakpreneur.portal.assessment;

import java.util.List;
import java.util.Map;

/**
 * Everything a participant's home (and their mentor's page) says about the way ahead, from one read of the latest
 * assessment: the result, the 7 steps in plan order (an override puts its track's focus steps first), what each step
 * still needing work is missing, and what the next phase asks.
 *
 * @param assessment the latest assessment; {@code null} before the first
 * @param plan the 7 steps in plan order
 * @param gaps what each needed step is missing, by step (steps without a counter are absent)
 * @param nextPhase what the next phase asks; {@code null} before the first assessment
 * @param overrideReason the officer's reason when the current phase or track is an override; {@code null} otherwise
 */
public record Guidance(AssessmentSummary assessment, List<PlannedStep> plan, Map<StepCode, StepGap> gaps,
		NextPhase nextPhase, String overrideReason) {

	public Guidance {
		plan = List.copyOf(plan);
		gaps = Map.copyOf(gaps);
	}

	public StepGap gap(StepCode step) {
		return gaps.get(step);
	}

	/** The gap of a step by its code's name, for templates. */
	public StepGap gap(String step) {
		return gaps.get(StepCode.valueOf(step));
	}

}
