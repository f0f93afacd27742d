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
import id.jakpreneur.portal.reporting.ReportStatus;
import id.jakpreneur.portal.reporting.domain.ConsecutiveMonths;
import id.jakpreneur.portal.reporting.domain.ReportReviewSettings;
import id.jakpreneur.portal.reporting.domain.ReportingSettings;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A participant's monthly reports as they are read: the twelve-month overview and the months reported. */
@Component
@Transactional(readOnly = true)
public class ReportQueries implements MonthlyReports {

	private static final int CHART_MONTHS = 12;

	private final ReportingSettings settings;

	private final ReportReviewSettings review;

	private final JdbcClient jdbc;

	private final Clock clock;

	ReportQueries(ReportingSettings settings, ReportReviewSettings review, JdbcClient jdbc, Clock clock) {
		this.settings = settings;
		this.review = review;
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
				select id, report_month, sales, costs, employees, share_offline, share_marketplace, share_social_media,
				       share_reseller, filed_at, status, late, return_reason
				from financial_report where participant_id = :participantId and report_month >= :first
				order by report_month
				""").param("participantId", participantId).param("first", first.atDay(1)).query(rs -> {
			MonthlyReport report = new MonthlyReport(rs.getLong("id"),
					YearMonth.from(rs.getObject("report_month", LocalDate.class)),
					rs.getLong("sales"), rs.getLong("costs"), rs.getInt("employees"),
					new ChannelSplit(rs.getInt("share_offline"), rs.getInt("share_marketplace"),
							rs.getInt("share_social_media"), rs.getInt("share_reseller")),
					rs.getTimestamp("filed_at").toInstant(), ReportStatus.valueOf(rs.getString("status")),
					rs.getBoolean("late"), rs.getString("return_reason"));
			reports.put(report.month(), report);
		});
		int currentRun = currentRun(participantId);
		boolean completed = jdbc
			.sql("select exists (select 1 from financial_reporting_completion where participant_id = :participantId)")
			.param("participantId", participantId)
			.query(Boolean.class)
			.single();
		return new ReportOverview(months, reports, currentRun, settings.p6ConsecutiveReports(), completed);
	}

	/** How many verified months end the participant's latest run of consecutive ones (what P6 counts): one statement. */
	public int currentRun(long participantId) {
		List<YearMonth> all = verifiedMonths(participantId);
		return all.isEmpty() ? 0 : ConsecutiveMonths.runEndingAt(all, all.get(all.size() - 1));
	}

	/** How many consecutive verified months P6 asks for. */
	public int requiredRun() {
		return settings.p6ConsecutiveReports();
	}

	/** Every month of the participant's verified reports (the only ones that count for P6), oldest first. */
	public List<YearMonth> verifiedMonths(long participantId) {
		return jdbc.sql("""
				select report_month from financial_report where participant_id = :participantId and status = 'VERIFIED'
				order by report_month
				""")
			.param("participantId", participantId)
			.query((rs, n) -> YearMonth.from(rs.getObject("report_month", LocalDate.class)))
			.list();
	}

	/**
	 * The participant's reports for her reviewer, the latest month first, each with the sales the mentor verified for
	 * that month (the latest session that did) and whether they differ by more than the configured share.
	 */
	public Page<ReviewLine> forReview(long participantId, Pageable page) {
		long total = jdbc.sql("select count(*) from financial_report where participant_id = :participantId")
			.param("participantId", participantId)
			.query(Long.class)
			.single();
		List<ReviewLine> rows = jdbc.sql("""
				select r.id, r.report_month, r.sales, r.costs, r.status, r.late, r.filed_at, r.return_reason,
				       (select v.verified_sales from mentor_verified_sales v
				        where v.participant_id = r.participant_id and v.sales_month = r.report_month
				        order by v.held_on desc, v.session_id desc limit 1) as verified_sales
				from financial_report r where r.participant_id = :participantId
				order by r.report_month desc limit :limit offset :offset
				""")
			.param("participantId", participantId)
			.param("limit", page.getPageSize())
			.param("offset", page.getOffset())
			.query((rs, n) -> {
				long sales = rs.getLong("sales");
				Long verified = rs.getObject("verified_sales") == null ? null : rs.getLong("verified_sales");
				return new ReviewLine(rs.getLong("id"), YearMonth.from(rs.getObject("report_month", LocalDate.class)),
						sales, rs.getLong("costs"), ReportStatus.valueOf(rs.getString("status")), rs.getBoolean("late"),
						rs.getTimestamp("filed_at").toInstant(), rs.getString("return_reason"), verified,
						verified != null && review.differs(sales, verified));
			})
			.list();
		return new PageImpl<>(rows, page, total);
	}

	/** How many of the participant's reports wait for a review and how many are returned, in one statement. */
	public ReviewCounts counts(long participantId, String reviewUrl) {
		return jdbc.sql("""
				select count(*) filter (where status = 'SUBMITTED') as waiting,
				       count(*) filter (where status = 'RETURNED') as returned
				from financial_report where participant_id = :participantId
				""")
			.param("participantId", participantId)
			.query((rs, n) -> new ReviewCounts(participantId, rs.getInt("waiting"), rs.getInt("returned"), reviewUrl))
			.single();
	}

}
