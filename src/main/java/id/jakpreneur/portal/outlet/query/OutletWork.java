package id.jakpreneur.portal.outlet.query;

import java.time.LocalDate;

/**
 * One call of an officer's outlet with work waiting: applicants on the waiting list, and bookings whose period has
 * ended without the participant's sales report (to follow up).
 */
public record OutletWork(long callId, long outletId, String outletName, String villageCode, LocalDate startsOn,
		LocalDate endsOn, LocalDate applyUntil, int waiting, int salesUnreported) {
}
