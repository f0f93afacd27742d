package id.jakpreneur.portal.assessment;

import java.util.Optional;

import id.jakpreneur.portal.entrepreneur.ParticipantView;

/**
 * Implemented by the module that runs a step (a bean in that module): counts, from its own facts and through its
 * own API, how far a participant is towards completing the step. Asked only for steps still needed, once per page,
 * in at most two bounded statements. The sentences are in the assessment module's bundle ({@code assessment.gap.*}).
 */
public interface StepGapSource {

	StepCode step();

	Optional<StepGap> gap(ParticipantView participant);

}
