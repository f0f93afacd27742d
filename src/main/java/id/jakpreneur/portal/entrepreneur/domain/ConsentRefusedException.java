package id.jakpreneur.portal.entrepreneur.domain;

import id.jakpreneur.portal.shared.RefusedException;

/** A consent that cannot be recorded as asked (a referral missing or misplaced, no text version). */
public class ConsentRefusedException extends RefusedException {

	private static final long serialVersionUID = 1L;

	public ConsentRefusedException(String messageKey) {
		super(messageKey);
	}

}
