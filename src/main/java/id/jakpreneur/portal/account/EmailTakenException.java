package id.jakpreneur.portal.account;

import id.jakpreneur.portal.shared.RefusedException;

/** The email is already the login of another account. */
public class EmailTakenException extends RefusedException {

	private static final long serialVersionUID = 1L;

	public EmailTakenException() {
		super("account.email.taken", "email already registered");
	}

}
