package id.jakpreneur.portal.partner;

/** The organisation already has a contact person with this email. */
public class ContactEmailTakenException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public ContactEmailTakenException() {
		super("contact email taken");
	}

}
