package id.jakpreneur.portal.partner;

import id.jakpreneur.portal.shared.RefusedException;

/** The offer is inactive, unknown, or its partner's MoU has expired: it cannot receive referrals. */
public class OfferUnavailableException extends RefusedException {

	private static final long serialVersionUID = 1L;

	public OfferUnavailableException() {
		super("partner.referral.offer.unavailable", "offer unavailable");
	}

}
