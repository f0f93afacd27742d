package id.jakpreneur.portal.partner;

import id.jakpreneur.portal.shared.RefusedException;

/** The participant already has an open (sent or accepted) referral to this offer. */
public class DuplicateReferralException extends RefusedException {

	private static final long serialVersionUID = 1L;

	public DuplicateReferralException() {
		super("partner.referral.duplicate", "open referral exists");
	}

}
