package id.jakpreneur.portal.outlet;

/** The outlet already has a place with this code. */
public class PlaceCodeTakenException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public PlaceCodeTakenException() {
		super("place code taken");
	}

}
