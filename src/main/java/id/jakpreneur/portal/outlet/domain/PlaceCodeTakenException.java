package id.jakpreneur.portal.outlet.domain;

import id.jakpreneur.portal.shared.RefusedException;

/** The outlet already has a place with this code. */
public class PlaceCodeTakenException extends RefusedException {

	private static final long serialVersionUID = 1L;

	public PlaceCodeTakenException() {
		super("outlet.place.code.taken", "place code taken");
	}

}
