package id.jakpreneur.portal.partner;

/** Another partner organisation already has this name (compared without case). */
public class PartnerNameTakenException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public PartnerNameTakenException() {
		super("partner name taken");
	}

}
