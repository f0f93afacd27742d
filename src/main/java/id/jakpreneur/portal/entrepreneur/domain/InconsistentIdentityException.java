package id.jakpreneur.portal.entrepreneur.domain;

import id.jakpreneur.portal.shared.RefusedException;

/** A correction would make the birth date or gender disagree with the NIK on record. */
public class InconsistentIdentityException extends RefusedException {

	private static final long serialVersionUID = 1L;

	public InconsistentIdentityException(String messageKey) {
		super(messageKey);
	}

}
