package id.jakpreneur.portal.assessment;

import java.time.Instant;
import java.util.Objects;

/**
 * The evidence that completed a step was withdrawn (a certificate issued by mistake): the step's completions recorded
 * so far no longer count, and the participant is assessed again, in the publisher's transaction. A later {@link
 * StepCompleted} completes the step again.
 *
 * @param participantId whose step
 * @param step the step whose completions are withdrawn
 * @param actorId the account that withdrew the evidence
 * @param when when
 */
public record StepWithdrawn(long participantId, StepCode step, long actorId, Instant when) {

	public StepWithdrawn {
		Objects.requireNonNull(step, "step");
		Objects.requireNonNull(when, "when");
	}

}
