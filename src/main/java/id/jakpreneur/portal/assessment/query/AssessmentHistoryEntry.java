package id.jakpreneur.portal.assessment.query;

import id.jakpreneur.portal.assessment.AssessmentSummary;
import id.jakpreneur.portal.assessment.Phase;
import id.jakpreneur.portal.assessment.domain.AssessmentSource;
import id.jakpreneur.portal.assessment.domain.AssessorRole;

/**
 * One assessment in a participant's timeline, with who made it and how the phase moved.
 *
 * @param assessment the result
 * @param source what it was made from
 * @param assessorRole who made it
 * @param assessorName the person's name; {@code null} when the portal made it
 * @param previousPhase the phase before it; {@code null} for the first assessment
 * @param naikKelas whether the phase went up
 * @param regressed whether the phase went down
 * @param overriddenByName the officer who overrode phase or track; {@code null} when not overridden
 * @param overrideReason the officer's written reason; {@code null} when not overridden
 */
public record AssessmentHistoryEntry(AssessmentSummary assessment, AssessmentSource source, AssessorRole assessorRole,
		String assessorName, Phase previousPhase, boolean naikKelas, boolean regressed, String overriddenByName,
		String overrideReason) {
}
