package id.jakpreneur.portal.outlet.query;

import java.time.Instant;

import id.jakpreneur.portal.outlet.domain.ApplicationStatus;
import id.jakpreneur.portal.outlet.domain.SalesStatus;

/** A booking of a call on the officer's page: who holds (or held) which place, and where it stands. */
public record BookingRow(long applicationId, String participantName, String placeCode, ApplicationStatus status,
		Instant confirmBy, Long sales, Long feeDue, Long shareDue, SalesStatus salesStatus) {
}
