package id.jakpreneur.portal.reporting;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The participant's reporting at a glance: the last twelve months (oldest first, a missing month maps to no report),
 * the run of consecutive months up to the latest report, and whether P6 is completed.
 */
public record ReportOverview(List<YearMonth> months, Map<YearMonth, MonthlyReport> reports, int currentRun,
		int required, boolean completed) {

	public ReportOverview {
		months = List.copyOf(months);
		reports = Map.copyOf(reports);
	}

	public MonthlyReport reportOf(YearMonth month) {
		return reports.get(month);
	}

}
