package id.jakpreneur.portal.reporting.query;

import java.time.Instant;
import java.time.YearMonth;

import id.jakpreneur.portal.reporting.ReportStatus;

/**
 * A report as its reviewer sees it: the figures, where it stands, whether it was filed late, the sales the mentor
 * verified for that month (null when no session did) and whether the two differ by more than the configured share.
 */
public record ReviewLine(long id, YearMonth month, long sales, long costs, ReportStatus status, boolean late,
		Instant filedAt, String returnReason, Long verifiedSales, boolean salesDiffer) {

	public boolean waiting() {
		return status == ReportStatus.SUBMITTED;
	}

}
