package id.jakpreneur.portal.partner;

import java.util.EnumSet;
import java.util.Set;

/**
 * The pipeline of a referral: SENT, then ACCEPTED or REJECTED by the partner, and an accepted one COMPLETED (the
 * training attended) or still REJECTED. A referral to a capital offer is a capital application and has one more
 * step: SENT (submitted), ACCEPTED (under review), APPROVED, COMPLETED (disbursed), or REJECTED at any point before
 * disbursement. REJECTED and COMPLETED are final; a rejection always carries a reason.
 */
public enum ReferralStatus {

	SENT, ACCEPTED, APPROVED, REJECTED, COMPLETED;

	/** The statuses this one may move to, for a referral to a non-capital offer. */
	public Set<ReferralStatus> next() {
		return next(null);
	}

	/** The statuses this one may move to, for a referral to an offer of this kind. */
	public Set<ReferralStatus> next(OfferKind kind) {
		boolean capital = kind == OfferKind.CAPITAL;
		return switch (this) {
			case SENT -> EnumSet.of(ACCEPTED, REJECTED);
			case ACCEPTED -> capital ? EnumSet.of(APPROVED, REJECTED) : EnumSet.of(COMPLETED, REJECTED);
			case APPROVED -> capital ? EnumSet.of(COMPLETED, REJECTED) : EnumSet.noneOf(ReferralStatus.class);
			case REJECTED, COMPLETED -> EnumSet.noneOf(ReferralStatus.class);
		};
	}

	public boolean canMoveTo(ReferralStatus target, OfferKind kind) {
		return target != null && next(kind).contains(target);
	}

	public boolean isOpen() {
		return this == SENT || this == ACCEPTED || this == APPROVED;
	}

	/** The message key of this status's name: capital applications name their steps differently. */
	public String labelKey(OfferKind kind) {
		return (kind == OfferKind.CAPITAL ? "partner.capital.status." : "partner.referral.status.") + name();
	}

}
