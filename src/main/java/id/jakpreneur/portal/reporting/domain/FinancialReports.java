package id.jakpreneur.portal.reporting.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.reporting.ReportFiled;
import id.jakpreneur.portal.reporting.query.ReportQueries;
import id.jakpreneur.portal.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * P6 Pelaporan keuangan: the participant files one report per month (the table's unique constraint decides), never
 * for a month that has not started. Once their reports first make a run of the configured number of consecutive
 * months, P6 is completed and {@link FinancialReportingCompleted} is published, exactly once (a primary key decides).
 */
@Service
@Transactional
public class FinancialReports {

	private final ParticipantRecords participants;

	private final FinancialReportRepository reports;

	private final ReportQueries queries;

	private final ReportingSettings settings;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FinancialReports(ParticipantRecords participants, FinancialReportRepository reports, ReportQueries queries,
			ReportingSettings settings, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.participants = participants;
		this.reports = reports;
		this.queries = queries;
		this.settings = settings;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Files the participant's report for a month.
	 * @throws ReportRefusedException for a future or too early month, a month already reported, or an incomplete split
	 */
	public void file(PortalUser user, ReportDraft draft) {
		ParticipantView me = participants.ofAccount(user.accountId()).orElseThrow(NotFoundException::new);
		FinancialReport report = FinancialReport.file(me.id(), draft, user.accountId(), YearMonth.now(clock),
				clock.instant());
		if (reports.existsByParticipantIdAndReportMonth(me.id(), draft.month().atDay(1))) {
			throw new ReportRefusedException("month", "programme.report.month.taken");
		}
		try {
			reports.saveAndFlush(report);
		}
		catch (DataIntegrityViolationException ex) {
			// only a month filed by a concurrent request is "already reported"; any other refusal is a defect
			String cause = String.valueOf(ex.getMostSpecificCause().getMessage());
			if (!cause.contains("financial_report_month_uq")) {
				throw ex;
			}
			throw new ReportRefusedException("month", "programme.report.month.taken");
		}
		events.publishEvent(new ReportFiled(me.id(), draft.month(), user.accountId(), clock.instant()));
		completeIfReached(me.id());
	}

	private void completeIfReached(long participantId) {
		int run = ConsecutiveMonths.longestRun(queries.months(participantId));
		if (run < settings.p6ConsecutiveReports()) {
			return;
		}
		Optional<Instant> completed = jdbc.sql("""
				insert into financial_reporting_completion (participant_id, consecutive_months)
				values (:participantId, :run)
				on conflict do nothing returning completed_at
				""")
			.param("participantId", participantId)
			.param("run", run)
			.query((rs, n) -> rs.getTimestamp("completed_at").toInstant())
			.optional();
		completed.ifPresent(when -> events.publishEvent(new FinancialReportingCompleted(participantId, run, when)));
	}

}
