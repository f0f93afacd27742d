package id.jakpreneur.portal.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PP 7/2021 art. 35 thresholds, the same as assessment.SizeClass (docs/decisions.md): upper bounds inclusive. */
class SizeClassCodeTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	@ParameterizedTest(name = "running since {0}, capital {1}, monthly sales {2} -> {3}")
	@CsvSource({
			// a new business (under 12 months, or not running) is classed by capital
			"-,          1000000000,  999999999999, MIKRO",
			"-,          1000000001,  0,            KECIL",
			"2026-01-01, 5000000000,  0,            KECIL",
			"2026-01-01, 5000000001,  0,            MENENGAH",
			"2025-07-01, 10000000000, 0,            MENENGAH",
			"2025-07-01, 10000000001, 0,            BESAR",
			// a running business (12 months or more) by annual sales, monthly times 12
			"2025-06-15, 999999999999, 166666666,   MIKRO",
			"2024-01-01, 0,           0,            MIKRO",
			"2024-01-01, 0,           166666667,    KECIL",
			"2024-01-01, 0,           1250000000,   KECIL",
			"2024-01-01, 0,           1250000001,   MENENGAH",
			"2024-01-01, 0,           4166666666,   MENENGAH",
			"2024-01-01, 0,           4166666667,   BESAR",
			"2024-01-01, 0,           9223372036854775807, BESAR",
	})
	void classesByCapitalWhileNewAndBySalesOnceEstablished(String since, long capital, long monthlySales,
			SizeClassCode expected) {
		LocalDate runningSince = "-".equals(since) ? null : LocalDate.parse(since);
		assertThat(SizeClassCode.of(runningSince, TODAY, capital, monthlySales)).isEqualTo(expected);
	}

}
