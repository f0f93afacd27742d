package id.jakpreneur.portal.entrepreneur.domain;

import id.jakpreneur.portal.shared.RefusedException;

/** The NIK is already registered. The message to the citizen never says by whom. */
public class NikTakenException extends RefusedException {

	private static final long serialVersionUID = 1L;

	public NikTakenException() {
		super("registration.nik.taken", "NIK already registered");
	}

}
