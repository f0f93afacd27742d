package id.jakpreneur.portal.outlet.domain;

import id.jakpreneur.portal.shared.RefusedException;

/** Something the outlet rules do not allow; the message key says why, in the user's words. */
public class OutletRefusedException extends RefusedException {

	private static final long serialVersionUID = 1L;

	public OutletRefusedException(String messageKey) {
		super(messageKey);
	}

}
