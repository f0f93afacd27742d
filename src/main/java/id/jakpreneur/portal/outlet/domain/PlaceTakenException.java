package id.jakpreneur.portal.outlet.domain;

/**
 * The place already holds a booking for overlapping dates: the database's exclusion constraint refused the
 * allocation (possibly because another officer allocated it a moment earlier).
 */
public class PlaceTakenException extends OutletRefusedException {

	private static final long serialVersionUID = 1L;

	public PlaceTakenException() {
		super("outlet.allocate.placeTaken");
	}

}
