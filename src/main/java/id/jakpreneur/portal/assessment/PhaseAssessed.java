package id.jakpreneur.portal.assessment;

import java.time.Instant;

/**
 * Published after every stored assessment (including overrides and bulk re-assessments), inside the transaction
 * that stored it. Dashboards count naik kelas from it; the mentoring module can react to a new track.
 *
 * @param participantId whose business
 * @param assessmentId the stored assessment
 * @param phase the phase now
 * @param previousPhase the phase before; {@code null} for a first assessment
 * @param track the mentoring track now
 * @param naikKelas whether the phase went up
 * @param regressed whether the phase went down
 * @param occurredOn when the assessment was made
 */
public record PhaseAssessed(long participantId, long assessmentId, Phase phase, Phase previousPhase, Track track,
		boolean naikKelas, boolean regressed, Instant occurredOn) {
}
