package id.jakpreneur.portal.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;

import id.jakpreneur.portal.reporting.ChannelSplit;
import org.junit.jupiter.api.Test;

/** The rules of filing a month's report, checked by the report itself. */
class FinancialReportFilingTests {

	private static final YearMonth THIS_MONTH = YearMonth.of(2026, 12);

	private static final Instant NOW = Instant.parse("2026-12-05T03:00:00Z");

	private static final ChannelSplit ALL_OFFLINE = new ChannelSplit(100, 0, 0, 0);

	@Test
	void aReportIsFiledForThisMonthOrAnEarlierOneOfTheProgramme() {
		assertThat(FinancialReport.file(1, new ReportDraft(THIS_MONTH, 10, 5, 1, ALL_OFFLINE), 7, THIS_MONTH, NOW))
			.isNotNull();
		assertThat(FinancialReport.file(1, new ReportDraft(YearMonth.of(2020, 1), 10, 5, 1, ALL_OFFLINE), 7,
				THIS_MONTH, NOW)).isNotNull();
	}

	@Test
	void aFutureOrTooEarlyMonthOrAnIncompleteSplitIsRefusedWithItsField() {
		assertThatThrownBy(() -> FinancialReport.file(1, new ReportDraft(THIS_MONTH.plusMonths(1), 10, 5, 1,
				ALL_OFFLINE), 7, THIS_MONTH, NOW))
			.isInstanceOfSatisfying(ReportRefusedException.class, ex -> {
				assertThat(ex.field()).isEqualTo("month");
				assertThat(ex.messageKey()).isEqualTo("programme.report.month.future");
			});
		assertThatThrownBy(() -> FinancialReport.file(1, new ReportDraft(YearMonth.of(2019, 12), 10, 5, 1,
				ALL_OFFLINE), 7, THIS_MONTH, NOW))
			.isInstanceOfSatisfying(ReportRefusedException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("programme.report.month.tooEarly"));
		assertThatThrownBy(() -> FinancialReport.file(1, new ReportDraft(THIS_MONTH, 10, 5, 1,
				new ChannelSplit(50, 30, 10, 0)), 7, THIS_MONTH, NOW))
			.isInstanceOfSatisfying(ReportRefusedException.class, ex -> assertThat(ex.field()).isEqualTo("shareTotal"));
	}

}
