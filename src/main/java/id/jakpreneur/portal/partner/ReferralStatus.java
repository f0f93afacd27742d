package id.jakpreneur.portal.partner;

import java.util.EnumSet;
import java.util.Set;

/**
 * The pipeline of a referral: SENT, then ACCEPTED or REJECTED by the partner, and an accepted one COMPLETED (the
 * training attended, the loan disbursed) or still REJECTED (for example a loan refused after review). REJECTED
 * and COMPLETED are final; a rejection always carries a reason.
 */
public enum ReferralStatus {

	SENT, ACCEPTED, REJECTED, COMPLETED;

	/** The statuses this one may move to. */
	public Set<ReferralStatus> next() {
		return switch (this) {
			case SENT -> EnumSet.of(ACCEPTED, REJECTED);
			case ACCEPTED -> EnumSet.of(COMPLETED, REJECTED);
			case REJECTED, COMPLETED -> EnumSet.noneOf(ReferralStatus.class);
		};
	}

	public boolean canMoveTo(ReferralStatus target) {
		return target != null && next().contains(target);
	}

	public boolean isOpen() {
		return this == SENT || this == ACCEPTED;
	}

}
