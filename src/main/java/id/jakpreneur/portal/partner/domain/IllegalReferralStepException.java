package id.jakpreneur.portal.partner.domain;

import id.jakpreneur.portal.partner.ReferralStatus;
import id.jakpreneur.portal.shared.RefusedException;

/** The referral cannot move to that status from where it stands (for example a completed one back to sent). */
public class IllegalReferralStepException extends RefusedException {

	private static final long serialVersionUID = 1L;

	public IllegalReferralStepException(ReferralStatus from, ReferralStatus to) {
		super("partner.referral.step.invalid", "referral cannot move from " + from + " to " + to);
	}

}
