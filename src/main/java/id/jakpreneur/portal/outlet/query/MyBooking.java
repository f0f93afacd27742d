package id.jakpreneur.portal.outlet.query;

import java.time.Instant;
import java.time.LocalDate;

import id.jakpreneur.portal.outlet.domain.ApplicationStatus;
import id.jakpreneur.portal.outlet.domain.SalesStatus;

/**
 * A participant's application and the booking it became: the place, the deadline to confirm an offer, and once the
 * period is over, the sales reported, where the officer's check stands (with his reason when returned), and once
 * confirmed the fee and revenue share due.
 */
public record MyBooking(long id, long callId, String outletName, LocalDate startsOn, LocalDate endsOn,
		ApplicationStatus status, String placeCode, Instant confirmBy, String productName, Integer unitsSold,
		Long sales, Long feeDue, Long shareDue, SalesStatus salesStatus, String returnReason) {

	public boolean confirmable(Instant now) {
		return status == ApplicationStatus.OFFERED && confirmBy != null && !now.isAfter(confirmBy);
	}

	public boolean deadlinePassed(Instant now) {
		return status == ApplicationStatus.OFFERED && confirmBy != null && now.isAfter(confirmBy);
	}

	public boolean declinable(LocalDate today) {
		return (status == ApplicationStatus.OFFERED || status == ApplicationStatus.CONFIRMED)
				&& today.isBefore(startsOn);
	}

	/** Sales are reported from the period's last day on, and corrected once an officer returned them. */
	public boolean reportable(LocalDate today) {
		return status == ApplicationStatus.CONFIRMED && !today.isBefore(endsOn) || salesStatus == SalesStatus.RETURNED;
	}

	public long totalDue() {
		return (feeDue == null ? 0 : feeDue) + (shareDue == null ? 0 : shareDue);
	}

}
