package id.jakpreneur.portal.partner;

/** The contact person already has a PARTNER login. */
public class ContactHasAccountException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public ContactHasAccountException() {
		super("contact already has an account");
	}

}
