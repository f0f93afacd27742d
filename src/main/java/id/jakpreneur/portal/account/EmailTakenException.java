package id.jakpreneur.portal.account;

/** The email is already the login of another account. */
public class EmailTakenException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public EmailTakenException() {
		super("email already registered");
	}

}
