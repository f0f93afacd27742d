package id.jakpreneur.portal.reporting;

import java.time.Instant;
import java.time.YearMonth;

/** A filed monthly report; {@code verified} once a mentor has checked it. */
public record MonthlyReport(YearMonth month, long sales, long costs, int employees, ChannelSplit split,
		Instant filedAt, boolean verified) {

	public long profit() {
		return sales - costs;
	}

}
