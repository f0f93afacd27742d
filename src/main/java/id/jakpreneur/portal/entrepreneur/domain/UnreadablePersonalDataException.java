package id.jakpreneur.portal.entrepreneur.domain;

import id.jakpreneur.portal.shared.RefusedException;

/**
 * A stored NIK or KK that no configured key decrypts for its participant and field: copied from another row or
 * field, written with a key that is no longer configured, or damaged. Carries no part of the value.
 */
public class UnreadablePersonalDataException extends RefusedException {

	private static final long serialVersionUID = 1L;

	public UnreadablePersonalDataException() {
		super("officer.reveal.unreadable");
	}

}
