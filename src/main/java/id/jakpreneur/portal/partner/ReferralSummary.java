package id.jakpreneur.portal.partner;

import java.time.Instant;

import id.jakpreneur.portal.entrepreneur.Sector;

/**
 * One row of a referral list: who was referred to what, where it stands, and whether the participant has consented
 * to share it with the partner ({@code shared}; until then the partner sees nothing of it). No NIK, no KK.
 */
public record ReferralSummary(long id, ReferralStatus status, Instant createdAt, Instant updatedAt, long participantId,
		String participantName, String businessName, Sector sector, String districtCode, String offerTitle,
		OfferKind offerKind, String partnerName, boolean shared) {

	/** The statuses this referral may move to now. */
	public java.util.Set<ReferralStatus> nextStatuses() {
		return status.next(offerKind);
	}

	/** The message key of a status's name for this referral's kind of offer. */
	public String labelKey(ReferralStatus s) {
		return s.labelKey(offerKind);
	}

}
