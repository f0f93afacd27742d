package id.jakpreneur.portal.assessment;

import java.time.Instant;

/**
 * A participant in the mentor-assignment queue: their latest assessment needs P3 Pendampingan on a track.
 *
 * @param participantId who
 * @param fullName their name
 * @param villageCode their kelurahan
 * @param phase their phase
 * @param track the track a mentor should work on
 * @param priority how urgently
 * @param waitingSince since when mentoring has been needed
 */
public record WaitingParticipant(long participantId, String fullName, String villageCode, Phase phase, Track track,
		Priority priority, Instant waitingSince) {
}
