package id.jakpreneur.portal.assessment;

import java.time.Instant;

/**
 * Published when an officer overrides a participant's phase and/or track, inside the transaction that stored the
 * override (after its {@link PhaseAssessed}): the timeline credits it to the officer, with the reason.
 *
 * @param participantId whose business
 * @param assessmentId the stored override
 * @param officerId the officer's (or administrator's) account
 * @param previousPhase the phase before
 * @param phase the phase now
 * @param previousTrack the track before
 * @param track the track now
 * @param reason the officer's written reason
 * @param occurredOn when
 */
public record AssessmentOverridden(long participantId, long assessmentId, long officerId, Phase previousPhase,
		Phase phase, Track previousTrack, Track track, String reason, Instant occurredOn) {
}
