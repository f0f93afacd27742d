package id.jakpreneur.portal.reporting.query;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.jakpreneur.portal.reporting.ChannelSplit;
import id.jakpreneur.portal.reporting.MonthlyReport;
import id.jakpreneur.portal.reporting.MonthlyReports;
import id.jakpreneur.portal.reporting.ReportOverview;
import id.jakpreneur.portal.reporting.domain.ConsecutiveMonths;
import id.jakpreneur.portal.reporting.domain.ReportingSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A participant's monthly reports as they are read: the twelve-month overview and the months reported. */
@Component
@Transactional(readOnly = true)
public class ReportQueries implements MonthlyReports {

	private static final int CHART_MONTHS = 12;

	private final ReportingSettings settings;

	private final JdbcClient jdbc;

	private final Clock clock;

	ReportQueries(ReportingSettings settings, JdbcClient jdbc, Clock clock) {
		this.settings = settings;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The last twelve months up to this one, with what was reported. */
	@Override
	public ReportOverview overview(long participantId) {
		YearMonth now = YearMonth.now(clock);
		YearMonth first = now.minusMonths(CHART_MONTHS - 1);
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth m = first; !m.isAfter(now); m = m.plusMonths(1)) {
			months.add(m);
		}
		Map<YearMonth, MonthlyReport> reports = new HashMap<>();
		jdbc.sql("""
				select report_month, sales, costs, employees, share_offline, share_marketplace, share_social_media,
				       share_reseller, filed_at, verified_at
				from financial_report where participant_id = :participantId and report_month >= :first
				order by report_month
				""").param("participantId", participantId).param("first", first.atDay(1)).query(rs -> {
			MonthlyReport report = new MonthlyReport(YearMonth.from(rs.getObject("report_month", LocalDate.class)),
					rs.getLong("sales"), rs.getLong("costs"), rs.getInt("employees"),
					new ChannelSplit(rs.getInt("share_offline"), rs.getInt("share_marketplace"),
							rs.getInt("share_social_media"), rs.getInt("share_reseller")),
					rs.getTimestamp("filed_at").toInstant(), rs.getTimestamp("verified_at") != null);
			reports.put(report.month(), report);
		});
		List<YearMonth> all = months(participantId);
		int currentRun = all.isEmpty() ? 0 : ConsecutiveMonths.runEndingAt(all, all.get(all.size() - 1));
		boolean completed = jdbc
			.sql("select exists (select 1 from financial_reporting_completion where participant_id = :participantId)")
			.param("participantId", participantId)
			.query(Boolean.class)
			.single();
		return new ReportOverview(months, reports, currentRun, settings.p6ConsecutiveReports(), completed);
	}

	/** Every month the participant reported, oldest first. */
	public List<YearMonth> months(long participantId) {
		return jdbc
			.sql("select report_month from financial_report where participant_id = :participantId order by report_month")
			.param("participantId", participantId)
			.query((rs, n) -> YearMonth.from(rs.getObject("report_month", LocalDate.class)))
			.list();
	}

}
