package id.jakpreneur.portal.outlet.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import id.jakpreneur.portal.outlet.domain.RevenueShare;
import id.jakpreneur.portal.outlet.domain.SalesStatus;

/**
 * A booking's sales report as the officer checks it: who sold what at which outlet and place, where the report
 * stands, and the outlet's terms, from which what would be due is shown before he confirms.
 */
public record SalesToConfirm(long applicationId, long participantId, String participantName, String outletName,
		String villageCode, String placeCode, LocalDate startsOn, LocalDate endsOn, int unitsSold, long sales,
		Instant reportedAt, SalesStatus salesStatus, long feePerPeriod, BigDecimal sharePercent) {

	/** What the participant owes once these figures are confirmed. */
	public long dueIfConfirmed() {
		return RevenueShare.due(sales, sharePercent, feePerPeriod).total();
	}

	public boolean waiting() {
		return salesStatus == SalesStatus.SUBMITTED;
	}

}
