package id.jakpreneur.portal.partner;

/** The offer is inactive, unknown, or its partner's MoU has expired: it cannot receive referrals. */
public class OfferUnavailableException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public OfferUnavailableException() {
		super("offer unavailable");
	}

}
