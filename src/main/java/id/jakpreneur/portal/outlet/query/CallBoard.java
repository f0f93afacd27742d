package id.jakpreneur.portal.outlet.query;

import java.util.List;

/** Everything an officer needs to allocate a call: the ranked waiting list, the bookings, and the free places. */
public record CallBoard(OutletDetails outlet, CallView call, List<RankedApplicant> waiting, List<BookingRow> bookings,
		List<PlaceView> freePlaces) {
}
