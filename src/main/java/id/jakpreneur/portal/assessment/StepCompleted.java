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
 * @param evidence what proves it, stored as {@link Evidence#stored()} (older completions: a sentence); shown to the
 *        participant
 * @param when when it was completed
 */
public record StepCompleted(long participantId, StepCode step, String evidence, Instant when) {

	/** A completion whose evidence is a message key with arguments, shown in each reader's language. */
	public StepCompleted(long participantId, StepCode step, Evidence evidence, Instant when) {
		this(participantId, step, evidence.fitting(500).stored(), when);
	}

	public StepCompleted {
		Objects.requireNonNull(step, "step");
		Objects.requireNonNull(when, "when");
		if (evidence == null || evidence.isBlank() || evidence.length() > 500) {
			throw new IllegalArgumentException("evidence must be 1 to 500 characters");
		}
	}

}
