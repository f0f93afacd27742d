package id.jakpreneur.portal.partner.domain;

import id.jakpreneur.portal.shared.RefusedException;

/** The contact person already has a PARTNER login. */
public class ContactHasAccountException extends RefusedException {

	private static final long serialVersionUID = 1L;

	public ContactHasAccountException() {
		super("partner.account.exists", "contact already has an account");
	}

}
