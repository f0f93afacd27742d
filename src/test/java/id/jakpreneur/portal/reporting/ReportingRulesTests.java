package id.jakpreneur.portal.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import id.jakpreneur.portal.reporting.domain.ConsecutiveMonths;
import id.jakpreneur.portal.reporting.domain.ReportingSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Runs of consecutive report months, the channel split and the P6 setting. */
class ReportingRulesTests {

	@ParameterizedTest(name = "[{0}] -> longest {1}, ending at the last {2}")
	@CsvSource({ "'', 0, 0", "2026-01, 1, 1", "2026-01 2026-02 2026-03, 3, 3", "2026-01 2026-03, 1, 1",
			"2025-11 2025-12 2026-01, 3, 3", "2026-03 2026-01 2026-02, 3, 3",
			"2025-01 2025-02 2025-03 2025-04 2026-02, 4, 1", "2026-01 2026-02 2026-04 2026-05 2026-06, 3, 3" })
	void countsRunsOfConsecutiveMonthsAcrossYearEnds(String months, int longest, int endingAtLast) {
		List<YearMonth> list = months.isBlank() ? List.of()
				: Arrays.stream(months.split(" ")).map(YearMonth::parse).toList();
		assertThat(ConsecutiveMonths.longestRun(list)).isEqualTo(longest);
		YearMonth last = list.stream().max(YearMonth::compareTo).orElse(YearMonth.of(2026, 1));
		assertThat(ConsecutiveMonths.runEndingAt(list, last)).isEqualTo(endingAtLast);
	}

	@ParameterizedTest(name = "{0}+{1}+{2}+{3} complete: {4}")
	@CsvSource({ "100, 0, 0, 0, true", "25, 25, 25, 25, true", "60, 30, 10, 0, true", "50, 30, 10, 0, false",
			"60, 30, 20, 0, false", "110, -10, 0, 0, false", "0, 0, 0, 0, false" })
	void aChannelSplitAddsUpToExactlyHundred(int offline, int marketplace, int social, int reseller, boolean complete) {
		assertThat(new ChannelSplit(offline, marketplace, social, reseller).isComplete()).isEqualTo(complete);
	}

	@Test
	void theP6SettingStaysWithinSensibleBounds() {
		assertThat(new ReportingSettings(3).p6ConsecutiveReports()).isEqualTo(3);
		assertThatThrownBy(() -> new ReportingSettings(0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new ReportingSettings(37)).isInstanceOf(IllegalArgumentException.class);
	}

}
