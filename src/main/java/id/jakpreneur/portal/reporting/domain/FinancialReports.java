package id.jakpreneur.portal.reporting.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.document.DocumentPurpose;
import id.jakpreneur.portal.document.DocumentRefusedException;
import id.jakpreneur.portal.document.Documents;
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
import org.springframework.web.multipart.MultipartFile;

/**
 * P6 Pelaporan keuangan: the participant files one report per month (the table's unique constraint decides), only
 * for a month that has ended, and submits a returned one again after correcting it. Each report is then verified or
 * returned by her mentor or an officer ({@link ReportReviews}); once her verified reports first make a run of the
 * configured number of consecutive months, P6 is completed and {@link FinancialReportingCompleted} is published,
 * exactly once (a primary key decides).
 */
@Service
@Transactional
public class FinancialReports {

	private final ParticipantRecords participants;

	private final FinancialReportRepository reports;

	private final ReportQueries queries;

	private final ReportingSettings settings;

	private final ReportReviewSettings review;

	private final SalesCheck sales;

	private final Documents documents;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FinancialReports(ParticipantRecords participants, FinancialReportRepository reports, ReportQueries queries,
			ReportingSettings settings, ReportReviewSettings review, SalesCheck sales, Documents documents,
			JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.documents = documents;
		this.participants = participants;
		this.reports = reports;
		this.queries = queries;
		this.settings = settings;
		this.review = review;
		this.sales = sales;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Files the participant's report for a month, or submits again the returned report of that month with the new
	 * figures, with the document that backs it (a bank statement, receipts; none when {@code document} is null or
	 * empty) attached in the same transaction; returns the report's id.
	 * @throws ReportRefusedException for a month not ended or too early, a month already reported and not returned,
	 *         or an incomplete split
	 * @throws DocumentRefusedException for a document the document module refuses (nothing is then saved)
	 */
	public long file(PortalUser user, ReportDraft draft, MultipartFile document) {
		ParticipantView me = participants.ofAccount(user.accountId()).orElseThrow(NotFoundException::new);
		Instant now = clock.instant();
		Optional<FinancialReport> existing = reports.findByParticipantIdAndReportMonth(me.id(),
				draft.month().atDay(1));
		FinancialReport report;
		if (existing.isPresent()) {
			report = existing.get();
			report.resubmit(draft, user.accountId(), now);
		}
		else {
			report = FinancialReport.file(me.id(), draft, user.accountId(), now, review.lateAfterMonths());
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
		if (document != null && !document.isEmpty()) {
			documents.attach(me.id(), DocumentPurpose.FINANCIAL_REPORT, report.getId(), document, user.accountId());
		}
		events.publishEvent(new ReportFiled(me.id(), draft.month(), user.accountId(), now));
		sales.flagIfDiffers(report.getId(), me.id(), draft.month(), draft.sales());
		return report.getId();
	}

	/** Completes P6 once the participant's verified reports first make the configured run of months. */
	void completeIfReached(long participantId) {
		int run = ConsecutiveMonths.longestRun(queries.verifiedMonths(participantId));
		if (run < settings.p6ConsecutiveReports()) {
			return;
		}
		Optional<Instant> completed = jdbc.sql("""
				insert into financial_reporting_completion (participant_id, consecutive_months, completed_at)
				values (:participantId, :run, :now)
				on conflict do nothing returning completed_at
				""")
			.param("participantId", participantId)
			.param("run", run)
			.param("now", Timestamp.from(clock.instant()))
			.query((rs, n) -> rs.getTimestamp("completed_at").toInstant())
			.optional();
		completed.ifPresent(when -> events.publishEvent(new FinancialReportingCompleted(participantId, run, when)));
	}

}
