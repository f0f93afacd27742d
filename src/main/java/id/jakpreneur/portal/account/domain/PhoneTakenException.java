package id.jakpreneur.portal.account.domain;

import id.jakpreneur.portal.shared.RefusedException;

/** The mobile number is already the login of another account. */
public class PhoneTakenException extends RefusedException {

	private static final long serialVersionUID = 1L;

	public PhoneTakenException() {
		super("account.phone.taken", "phone already registered");
	}

}
