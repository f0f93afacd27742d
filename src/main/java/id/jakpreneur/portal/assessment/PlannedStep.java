package id.jakpreneur.portal.assessment;

import java.time.Instant;

/**
 * One step of a participant's way, in their agency's order, with where they stand on it.
 *
 * @param definition the step as the agency runs it
 * @param status needed, recognised or completed; NEEDED before the first assessment
 * @param evidence what a recognition or completion rests on; {@code null} when there is none
 * @param since when the step got this status; {@code null} before the first assessment
 */
public record PlannedStep(StepDefinition definition, StepStatus status, String evidence, Instant since) {

	public StepCode step() {
		return definition.step();
	}

	/** Recognised and completed both count as done. */
	public boolean done() {
		return status != StepStatus.NEEDED;
	}

}
