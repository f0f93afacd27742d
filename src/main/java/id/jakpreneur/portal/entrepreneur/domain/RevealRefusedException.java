package id.jakpreneur.portal.entrepreneur.domain;

import id.jakpreneur.portal.shared.RefusedException;

/** A reveal without a purpose, or with a reason that says nothing; the form checks the same first. */
public class RevealRefusedException extends RefusedException {

	private static final long serialVersionUID = 1L;

	public RevealRefusedException(String messageKey) {
		super(messageKey);
	}

}
