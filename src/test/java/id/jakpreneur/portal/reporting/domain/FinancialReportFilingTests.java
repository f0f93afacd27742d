package id.jakpreneur.portal.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;

import id.jakpreneur.portal.reporting.ChannelSplit;
import org.junit.jupiter.api.Test;

/** The rules of filing and reviewing a month's report, checked by the report itself at a fixed moment. */
class FinancialReportFilingTests {

	private static final YearMonth THIS_MONTH = YearMonth.of(2026, 12);

	/** 5 December 2026, 10:00 in Jakarta. */
	private static final Instant NOW = Instant.parse("2026-12-05T03:00:00Z");

	private static final ChannelSplit ALL_OFFLINE = new ChannelSplit(100, 0, 0, 0);

	private static final int LATE_AFTER = 2;

	@Test
	void aReportIsFiledForAnEndedMonthOfTheProgrammeAndIsLateMoreThanTwoMonthsAfterIt() {
		assertThat(file(THIS_MONTH.minusMonths(1)).isLate()).isFalse();
		assertThat(file(THIS_MONTH.minusMonths(2)).isLate()).as("ended 1 Nov, filed before 1 Jan").isFalse();
		assertThat(file(THIS_MONTH.minusMonths(3)).isLate()).as("ended 1 Oct, more than two months ago").isTrue();
		assertThat(file(YearMonth.of(2020, 1)).isLate()).isTrue();
		Instant firstOfJanuary = Instant.parse("2026-12-31T17:00:00Z");
		assertThat(FinancialReport.file(1, draft(YearMonth.of(2026, 10)), 7, firstOfJanuary, LATE_AFTER).isLate())
			.as("exactly two months after the end is not more").isFalse();
	}

	@Test
	void theCurrentOrAFutureOrTooEarlyMonthOrAnIncompleteSplitIsRefusedWithItsField() {
		assertThatThrownBy(() -> file(THIS_MONTH))
			.isInstanceOfSatisfying(ReportRefusedException.class, ex -> {
				assertThat(ex.field()).isEqualTo("month");
				assertThat(ex.messageKey()).isEqualTo("programme.report.month.notEnded");
			});
		assertThatThrownBy(() -> file(THIS_MONTH.plusMonths(1)))
			.isInstanceOfSatisfying(ReportRefusedException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("programme.report.month.future"));
		assertThatThrownBy(() -> file(YearMonth.of(2019, 12)))
			.isInstanceOfSatisfying(ReportRefusedException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("programme.report.month.tooEarly"));
		assertThatThrownBy(() -> FinancialReport.file(1, new ReportDraft(THIS_MONTH.minusMonths(1), 10, 5, 1,
				new ChannelSplit(50, 30, 10, 0)), 7, NOW, LATE_AFTER))
			.isInstanceOfSatisfying(ReportRefusedException.class, ex -> assertThat(ex.field()).isEqualTo("shareTotal"));
	}

	@Test
	void aReportIsVerifiedOrReturnedWithAReasonAndOnlyAReturnedOneIsSubmittedAgain() {
		FinancialReport report = file(THIS_MONTH.minusMonths(1));
		assertThatThrownBy(() -> report.resubmit(draft(THIS_MONTH.minusMonths(1)), 7, NOW))
			.isInstanceOfSatisfying(ReportRefusedException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("programme.report.month.taken"));
		assertThatThrownBy(() -> report.giveBack(9, "  ", NOW))
			.isInstanceOfSatisfying(ReportRefusedException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("programme.report.review.reason.required"));
		report.giveBack(9, "Nota belum dilampirkan", NOW);
		assertThat(report.getReturnReason()).isEqualTo("Nota belum dilampirkan");
		assertThatThrownBy(() -> report.verify(9, NOW))
			.isInstanceOfSatisfying(ReportRefusedException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("programme.report.review.notWaiting"));
		report.resubmit(draft(THIS_MONTH.minusMonths(1)), 7, NOW.plusSeconds(60));
		assertThat(report.getReturnReason()).isNull();
		report.verify(9, NOW.plusSeconds(120));
		assertThatThrownBy(() -> report.giveBack(9, "Terlambat", NOW))
			.isInstanceOf(ReportRefusedException.class);
	}

	private static FinancialReport file(YearMonth month) {
		return FinancialReport.file(1, draft(month), 7, NOW, LATE_AFTER);
	}

	private static ReportDraft draft(YearMonth month) {
		return new ReportDraft(month, 10, 5, 1, ALL_OFFLINE);
	}

}
