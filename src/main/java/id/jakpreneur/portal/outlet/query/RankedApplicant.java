package id.jakpreneur.portal.outlet.query;

import java.time.Instant;
import java.time.LocalDate;

import id.jakpreneur.portal.outlet.domain.Grade;

/** An applicant on the waiting list of a call, in ranking order, with what the ranking looked at. */
public record RankedApplicant(int rank, long applicationId, long participantId, String participantName,
		String villageCode, String productName, Grade grade, boolean hadPlaceBefore, boolean localArea,
		int consecutivePeriods, LocalDate lastPlaceEnded, Instant appliedAt) {
}
