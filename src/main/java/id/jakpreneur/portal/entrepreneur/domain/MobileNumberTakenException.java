package id.jakpreneur.portal.entrepreneur.domain;

import id.jakpreneur.portal.shared.RefusedException;

/**
 * A registration without an e-mail address whose mobile number is already another account's login: the new account
 * would have no login of its own.
 */
public class MobileNumberTakenException extends RefusedException {

	private static final long serialVersionUID = 1L;

	public MobileNumberTakenException() {
		super("registration.phone.taken", "mobile number already a login");
	}

}
