package id.jakpreneur.portal.reporting;

import java.time.Instant;
import java.time.YearMonth;

/**
 * A filed monthly report with where it stands: {@code late} when filed more than the configured months after the
 * month ended, {@code returnReason} while it is returned to the participant.
 */
public record MonthlyReport(long id, YearMonth month, long sales, long costs, int employees, ChannelSplit split,
		Instant filedAt, ReportStatus status, boolean late, String returnReason) {

	public long profit() {
		return sales - costs;
	}

	/** Checked by the mentor or an officer: the only reports that count for P6. */
	public boolean verified() {
		return status == ReportStatus.VERIFIED;
	}

}
