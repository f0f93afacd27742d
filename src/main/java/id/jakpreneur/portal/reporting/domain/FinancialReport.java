package id.jakpreneur.portal.reporting.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import id.jakpreneur.portal.reporting.ChannelSplit;

/**
 * One month's financial report of a participant, filed once (the table's unique constraint decides) and never for a
 * month that has not started or that precedes the programme. The rules of filing are checked here, in one place;
 * a mentor's verification is written by the mentoring module.
 */
@Entity
@Table(name = "financial_report")
class FinancialReport {

	/** JakPreneur began in February 2020; nothing earlier is a programme report. */
	static final YearMonth FIRST_MONTH = YearMonth.of(2020, 1);

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

	private Long verifiedBy;

	private Instant verifiedAt;

	protected FinancialReport() {
	}

	private FinancialReport(long participantId, ReportDraft draft, long filedBy, Instant now) {
		ChannelSplit split = draft.split();
		this.participantId = participantId;
		this.reportMonth = draft.month().atDay(1);
		this.sales = draft.sales();
		this.costs = draft.costs();
		this.employees = draft.employees();
		this.shareOffline = (short) split.offline();
		this.shareMarketplace = (short) split.marketplace();
		this.shareSocialMedia = (short) split.socialMedia();
		this.shareReseller = (short) split.reseller();
		this.filedBy = filedBy;
		this.filedAt = now;
	}

	/**
	 * Files a month's report.
	 * @throws ReportRefusedException for a future or too early month, or a split that is not exactly 100%
	 */
	static FinancialReport file(long participantId, ReportDraft draft, long filedBy, YearMonth thisMonth,
			Instant now) {
		if (draft.month().isAfter(thisMonth)) {
			throw new ReportRefusedException("month", "programme.report.month.future");
		}
		if (draft.month().isBefore(FIRST_MONTH)) {
			throw new ReportRefusedException("month", "programme.report.month.tooEarly");
		}
		if (!draft.split().isComplete()) {
			throw new ReportRefusedException("shareTotal", "programme.report.shares.sum");
		}
		return new FinancialReport(participantId, draft, filedBy, now);
	}

}
