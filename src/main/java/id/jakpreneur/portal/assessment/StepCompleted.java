package id.jakpreneur.portal.assessment;

import java.time.Instant;
import java.util.Objects;

/**
 * A participant completed one of the 7 steps inside the programme: a training attended, mentoring finished, a
 * licence verified, a first sale through a DKI outlet, monthly reports kept, capital obtained. Other modules
 * publish it (with {@code ApplicationEventPublisher}); this module records the completion and assesses the
 * participant again, in the publisher's transaction, so that the completion and its effect cannot disagree.
 *
 * @param participantId whose step
 * @param step the step completed
 * @param evidence what proves it, e.g. "sertifikat pelatihan kuliner no. 12/2026"; shown to the participant
 * @param when when it was completed
 */
public record StepCompleted(long participantId, StepCode step, String evidence, Instant when) {

	public StepCompleted {
		Objects.requireNonNull(step, "step");
		Objects.requireNonNull(when, "when");
		if (evidence == null || evidence.isBlank() || evidence.length() > 500) {
			throw new IllegalArgumentException("evidence must be 1 to 500 characters");
		}
	}

}
