package id.jakpreneur.portal.reporting.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import id.jakpreneur.portal.reporting.ChannelSplit;
import id.jakpreneur.portal.reporting.ReportStatus;
import id.jakpreneur.portal.shared.Jakarta;

/**
 * One month's financial report of a participant, filed once (the table's unique constraint decides), only after the
 * month has ended (the table checks report_month against filed_at too) and never for a month before the programme.
 * It is then verified by the mentor or an officer, or returned with a reason, corrected and submitted again. A report
 * filed more than the configured months after its month ended is late: its verification is the confirmation that it
 * needs to count. The rules are checked here, in one place.
 */
@Entity
@Table(name = "financial_report")
class FinancialReport {

	/** JakPreneur began in February 2020; nothing earlier is a programme report. */
	static final YearMonth FIRST_MONTH = YearMonth.of(2020, 1);

	static final int REASON_LENGTH = 500;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long participantId;

	private LocalDate reportMonth;

	private long sales;

	private long costs;

	private int employees;

	private short shareOffline;

	private short shareMarketplace;

	private short shareSocialMedia;

	private short shareReseller;

	private long filedBy;

	private Instant filedAt;

	@Enumerated(EnumType.STRING)
	private ReportStatus status;

	private boolean late;

	private Long verifiedBy;

	private Instant verifiedAt;

	private Long returnedBy;

	private Instant returnedAt;

	private String returnReason;

	@Version
	private long version;

	protected FinancialReport() {
	}

	private FinancialReport(long participantId, ReportDraft draft, long filedBy, Instant now, boolean late) {
		this.participantId = participantId;
		this.reportMonth = draft.month().atDay(1);
		this.status = ReportStatus.SUBMITTED;
		this.late = late;
		figures(draft, filedBy, now);
	}

	private void figures(ReportDraft draft, long by, Instant now) {
		ChannelSplit split = draft.split();
		this.sales = draft.sales();
		this.costs = draft.costs();
		this.employees = draft.employees();
		this.shareOffline = (short) split.offline();
		this.shareMarketplace = (short) split.marketplace();
		this.shareSocialMedia = (short) split.socialMedia();
		this.shareReseller = (short) split.reseller();
		this.filedBy = by;
		this.filedAt = now;
	}

	/**
	 * Files a month's report at {@code now}; late when the month ended more than {@code lateAfterMonths} months
	 * before.
	 * @throws ReportRefusedException for a month that has not ended or is too early, or a split that is not 100%
	 */
	static FinancialReport file(long participantId, ReportDraft draft, long filedBy, Instant now,
			int lateAfterMonths) {
		checkFigures(draft, now);
		YearMonth month = draft.month();
		boolean late = now.isAfter(month.plusMonths(1L + lateAfterMonths).atDay(1).atStartOfDay(Jakarta.ZONE)
			.toInstant());
		return new FinancialReport(participantId, draft, filedBy, now, late);
	}

	private static void checkFigures(ReportDraft draft, Instant now) {
		YearMonth thisMonth = YearMonth.from(now.atZone(Jakarta.ZONE));
		if (draft.month().isAfter(thisMonth)) {
			throw new ReportRefusedException("month", "programme.report.month.future");
		}
		if (draft.month().equals(thisMonth)) {
			throw new ReportRefusedException("month", "programme.report.month.notEnded");
		}
		if (draft.month().isBefore(FIRST_MONTH)) {
			throw new ReportRefusedException("month", "programme.report.month.tooEarly");
		}
		if (!draft.split().isComplete()) {
			throw new ReportRefusedException("shareTotal", "programme.report.shares.sum");
		}
	}

	/**
	 * The participant's corrected figures for a returned report: submitted again (whether it is late stays as it was
	 * decided at the first filing).
	 * @throws ReportRefusedException when the report is not returned, or the figures are refused
	 */
	void resubmit(ReportDraft draft, long by, Instant now) {
		if (!status.canMoveTo(ReportStatus.SUBMITTED)) {
			throw new ReportRefusedException("month", "programme.report.month.taken");
		}
		checkFigures(draft, now);
		figures(draft, by, now);
		this.status = ReportStatus.SUBMITTED;
		this.returnedBy = null;
		this.returnedAt = null;
		this.returnReason = null;
	}

	/**
	 * The mentor or an officer checked the report (for a late one: confirmed it); it now counts for P6.
	 * @throws ReportRefusedException when it is not waiting for a review
	 */
	void verify(long by, Instant now) {
		move(ReportStatus.VERIFIED);
		this.verifiedBy = by;
		this.verifiedAt = now;
	}

	/**
	 * Returns the report to the participant with a reason she reads, to correct and submit again.
	 * @throws ReportRefusedException without a reason (1 to 500 characters), or when it is not waiting for a review
	 */
	void giveBack(long by, String reason, Instant now) {
		String text = reason == null ? "" : reason.strip();
		if (text.isEmpty() || text.length() > REASON_LENGTH) {
			throw new ReportRefusedException("reason", "programme.report.review.reason.required");
		}
		move(ReportStatus.RETURNED);
		this.returnedBy = by;
		this.returnedAt = now;
		this.returnReason = text;
	}

	private void move(ReportStatus target) {
		if (!status.canMoveTo(target)) {
			throw new ReportRefusedException("reason", "programme.report.review.notWaiting");
		}
		this.status = target;
	}

	Long getId() {
		return id;
	}

	long getParticipantId() {
		return participantId;
	}

	YearMonth getMonth() {
		return YearMonth.from(reportMonth);
	}

	long getSales() {
		return sales;
	}

	boolean isLate() {
		return late;
	}

	String getReturnReason() {
		return returnReason;
	}

}
