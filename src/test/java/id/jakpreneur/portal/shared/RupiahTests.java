package id.jakpreneur.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RupiahTests {

	@ParameterizedTest(name = "\"{0}\" -> {1}")
	@CsvSource(nullValues = "NONE", value = { "1.500.000, 1500000", "1500000, 1500000", "Rp 1.500.000, 1500000",
			"Rp1.500.000, 1500000", "rp. 250.000, 250000", "'1.500.000,00', 1500000", "0, 0", "' 750000 ', 750000",
			"1.000.000.000, 1000000000", "-5000, NONE", "'1,5 juta', NONE", "1.50.000, NONE", "15.00, NONE",
			"abc, NONE", "'', NONE", "99999999999999999999, NONE", "1.000.000.000.000.001, NONE",
			"'1.500.000,50', NONE" })
	void readsAmountsTheIndonesianWay(String typed, Long expected) {
		var parsed = Rupiah.parse(typed);
		assertThat(parsed.isPresent() ? parsed.getAsLong() : null).isEqualTo(expected);
	}

	@Test
	void formatsWithDots() {
		assertThat(Rupiah.format(1_500_000)).isEqualTo("1.500.000");
		assertThat(Rupiah.format(0)).isEqualTo("0");
	}

}
