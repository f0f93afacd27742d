package id.jakpreneur.portal.dashboard.query;

/** One DKI outlet over the selected years: place-days offered and booked, bookings and reported sales. */
public record OutletFigures(long outletId, String name, String cityCode, String districtCode, int places,
		long placeDays, long bookedDays, long bookings, long sales, long units) {

	/** Booked share of the place-days, 0..1. */
	public double utilisation() {
		return placeDays == 0 ? 0 : (double) bookedDays / placeDays;
	}

}
