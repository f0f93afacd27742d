package id.jakpreneur.portal.licensing;

import java.time.Instant;

import id.jakpreneur.portal.entrepreneur.LicenceType;

/**
 * A licence was recorded in the register or verified by an officer; published in that transaction, for the
 * participant's timeline.
 *
 * @param verified whether this is the officer's verification (otherwise the participant's record)
 */
public record LicenceRecorded(long participantId, LicenceType type, LicenceStatus status, String number,
		boolean verified, long actorId, Instant when) {
}
