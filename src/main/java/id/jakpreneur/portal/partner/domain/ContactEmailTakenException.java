package id.jakpreneur.portal.partner.domain;

import id.jakpreneur.portal.shared.RefusedException;

/** The organisation already has a contact person with this email. */
public class ContactEmailTakenException extends RefusedException {

	private static final long serialVersionUID = 1L;

	public ContactEmailTakenException() {
		super("partner.contact.email.taken", "contact email taken");
	}

}
