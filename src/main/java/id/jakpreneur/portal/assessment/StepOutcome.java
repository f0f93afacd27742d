package id.jakpreneur.portal.assessment;

import java.util.Objects;

/**
 * The status of one step for one business, with the evidence that justified recognising it.
 *
 * @param step the step
 * @param status needed, recognised or completed
 * @param evidence what the recognition rests on, e.g. {@code "NIB 1234567890123"}; {@code null} when there is none
 */
public record StepOutcome(StepCode step, StepStatus status, String evidence) {

	public StepOutcome {
		Objects.requireNonNull(step, "step");
		Objects.requireNonNull(status, "status");
	}

}
