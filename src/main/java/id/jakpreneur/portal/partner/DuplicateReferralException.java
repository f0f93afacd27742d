package id.jakpreneur.portal.partner;

/** The participant already has an open (sent or accepted) referral to this offer. */
public class DuplicateReferralException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public DuplicateReferralException() {
		super("open referral exists");
	}

}
