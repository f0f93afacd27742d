package id.jakpreneur.portal.partner;

import java.time.Instant;

/**
 * A referral was made or moved along its pipeline; published in that transaction, for the participant's timeline.
 *
 * @param actorId the account that made the change (an officer, the partner's contact, or the participant applying)
 */
public record ReferralChanged(long referralId, long participantId, OfferKind offerKind, String offerTitle,
		String partnerName, ReferralStatus status, String reason, long actorId, Instant when) {
}
