/**
 * P5 Pemasaran through DKI-owned outlets: outlets with their places and rules, product curation, calls for
 * periods, eligibility, fair allocation with a waiting list, bookings that no place can hold twice, confirmation by
 * a deadline, sales reports with the revenue share due, and the calendar and utilisation of each outlet.
 * <p>
 * No other module uses an outlet type, so the root package has no API: {@code domain} holds the aggregates (outlet,
 * place, call, booking, product under curation) and the use cases, {@code query} the read models, {@code web} the
 * pages.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "account", "region", "entrepreneur", "assessment", "partner", "licensing", "notification",
				"document", "shared" })
@id.jakpreneur.portal.shared.PublishedViews({ "outlet_directory", "outlet_place_directory", "outlet_booking_period",
		"outlet_listed_product", "outlet_product_image" })
package id.jakpreneur.portal.outlet;
