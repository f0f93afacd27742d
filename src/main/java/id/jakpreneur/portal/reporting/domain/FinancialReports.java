package id.jakpreneur.portal.reporting.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.reporting.ChannelSplit;
import id.jakpreneur.portal.reporting.MonthlyReport;
import id.jakpreneur.portal.reporting.MonthlyReports;
import id.jakpreneur.portal.reporting.ReportFiled;
import id.jakpreneur.portal.reporting.ReportOverview;
import id.jakpreneur.portal.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * P6 Pelaporan keuangan: the participant files one report per month (the table's unique constraint decides), never
 * for a month that has not started. Once their reports first make a run of the configured number of consecutive
 * months, P6 is completed and {@link FinancialReportingCompleted} is published, exactly once (a primary key decides).
 */
@Service
@Transactional
public class FinancialReports implements MonthlyReports {

	/** JakPreneur began in February 2020; nothing earlier is a programme report. */
	public static final YearMonth FIRST_MONTH = YearMonth.of(2020, 1);

	private static final int CHART_MONTHS = 12;

	private final ParticipantRecords participants;

	private final ReportingSettings settings;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FinancialReports(ParticipantRecords participants, ReportingSettings settings, JdbcTemplate jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.clock = clock;
		this.participants = participants;
		this.settings = settings;
		this.jdbc = jdbc;
		this.events = events;
	}

	/**
	 * Files the participant's report for a month.
	 * @throws ReportRefusedException for a future or too early month, a month already reported, or an incomplete split
	 */
	public void file(PortalUser user, ReportDraft draft) {
		ParticipantView me = participants.ofAccount(user.accountId()).orElseThrow(NotFoundException::new);
		if (draft.month().isAfter(YearMonth.now(clock))) {
			throw new ReportRefusedException("month", "programme.report.month.future");
		}
		if (draft.month().isBefore(FIRST_MONTH)) {
			throw new ReportRefusedException("month", "programme.report.month.tooEarly");
		}
		if (!draft.split().isComplete()) {
			throw new ReportRefusedException("shareTotal", "programme.report.shares.sum");
		}
		ChannelSplit s = draft.split();
		int inserted = jdbc.update("""
				insert into financial_report (participant_id, report_month, sales, costs, employees, share_offline,
				                              share_marketplace, share_social_media, share_reseller, filed_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (participant_id, report_month) do nothing
				""", me.id(), draft.month().atDay(1), draft.sales(), draft.costs(), draft.employees(), s.offline(),
				s.marketplace(), s.socialMedia(), s.reseller(), user.accountId());
		if (inserted == 0) {
			throw new ReportRefusedException("month", "programme.report.month.taken");
		}
		events.publishEvent(new ReportFiled(me.id(), draft.month(), user.accountId(), clock.instant()));
		completeIfReached(me.id());
	}

	private void completeIfReached(long participantId) {
		int run = ConsecutiveMonths.longestRun(months(participantId));
		if (run < settings.p6ConsecutiveReports()) {
			return;
		}
		List<Instant> completed = jdbc.query("""
				insert into financial_reporting_completion (participant_id, consecutive_months) values (?, ?)
				on conflict do nothing returning completed_at
				""", (rs, n) -> rs.getTimestamp(1).toInstant(), participantId, run);
		if (!completed.isEmpty()) {
			events.publishEvent(new FinancialReportingCompleted(participantId, run, completed.get(0)));
		}
	}

	/** The last twelve months up to this one, with what was reported. */
	@Transactional(readOnly = true)
	@Override
	public ReportOverview overview(long participantId) {
		YearMonth now = YearMonth.now(clock);
		YearMonth first = now.minusMonths(CHART_MONTHS - 1);
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth m = first; !m.isAfter(now); m = m.plusMonths(1)) {
			months.add(m);
		}
		Map<YearMonth, MonthlyReport> reports = new HashMap<>();
		jdbc.query("""
				select report_month, sales, costs, employees, share_offline, share_marketplace, share_social_media,
				       share_reseller, filed_at, verified_at
				from financial_report where participant_id = ? and report_month >= ? order by report_month
				""", (ResultSet rs) -> {
			MonthlyReport report = report(rs);
			reports.put(report.month(), report);
		}, participantId, first.atDay(1));
		List<YearMonth> all = months(participantId);
		int currentRun = all.isEmpty() ? 0 : ConsecutiveMonths.runEndingAt(all, all.get(all.size() - 1));
		Boolean completed = jdbc.queryForObject(
				"select exists (select 1 from financial_reporting_completion where participant_id = ?)", Boolean.class,
				participantId);
		return new ReportOverview(months, reports, currentRun, settings.p6ConsecutiveReports(),
				Boolean.TRUE.equals(completed));
	}

	private List<YearMonth> months(long participantId) {
		return jdbc.query("select report_month from financial_report where participant_id = ? order by report_month",
				(rs, n) -> YearMonth.from(rs.getObject(1, LocalDate.class)), participantId);
	}

	private static MonthlyReport report(ResultSet rs) throws SQLException {
		return new MonthlyReport(YearMonth.from(rs.getObject(1, LocalDate.class)), rs.getLong(2), rs.getLong(3),
				rs.getInt(4), new ChannelSplit(rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8)),
				rs.getTimestamp(9).toInstant(), rs.getTimestamp(10) != null);
	}

}
