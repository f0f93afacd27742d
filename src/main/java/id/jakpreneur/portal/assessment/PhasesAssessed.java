package id.jakpreneur.portal.assessment;

import java.util.List;

/**
 * All the assessments one write stored: one, or a batch of a bulk re-assessment. Published once, after the
 * {@link PhaseAssessed} of each, inside the same transaction, so that a listener writing rows of its own (the
 * participant's timeline) can write them for the whole batch in one statement instead of one per participant.
 *
 * @param assessments the stored assessments, in the order they were written
 */
public record PhasesAssessed(List<PhaseAssessed> assessments) {

	public PhasesAssessed {
		assessments = List.copyOf(assessments);
	}

}
