package id.jakpreneur.portal.licensing;

import java.time.Instant;

import id.jakpreneur.portal.entrepreneur.LicenceType;

/**
 * A decision on a licence: recorded or submitted by the participant, verified or returned by an officer; published
 * in that transaction, for the participant's timeline, with who made it.
 *
 * @param decision what happened
 * @param reason the officer's reason for a return; {@code null} otherwise
 * @param actorId the account that made the decision
 */
public record LicenceRecorded(long participantId, LicenceType type, LicenceStatus status, String number,
		LicenceDecision decision, String reason, long actorId, Instant when) {

	/** Whether this is an officer's verification. */
	public boolean verified() {
		return decision == LicenceDecision.VERIFIED;
	}

}
