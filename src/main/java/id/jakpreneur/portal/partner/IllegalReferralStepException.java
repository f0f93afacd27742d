package id.jakpreneur.portal.partner;

/** The referral cannot move to that status from where it stands (for example a completed one back to sent). */
public class IllegalReferralStepException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public IllegalReferralStepException(ReferralStatus from, ReferralStatus to) {
		super("referral cannot move from " + from + " to " + to);
	}

}
