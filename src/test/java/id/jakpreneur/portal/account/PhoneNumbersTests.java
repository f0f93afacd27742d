package id.jakpreneur.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneNumbersTests {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(nullValues = "NONE", value = { "081234567890, +6281234567890", "0812-3456-7890, +6281234567890",
			"'+62 812 3456 7890', +6281234567890", "6281234567890, +6281234567890", "(0812) 345 678, +62812345678",
			"0813 1234 5678 9, +628131234567 89", "021-5551234, NONE", "12345, NONE", "08123, NONE",
			"0812345678901234, NONE", "+1 202 555 0100, NONE", "'', NONE" })
	void normalisesIndonesianMobileNumbers(String typed, String expected) {
		String want = expected == null ? null : expected.replace(" ", "");
		assertThat(PhoneNumbers.normalise(typed).orElse(null)).isEqualTo(want);
	}

	@Test
	void displaysTheLocalForm() {
		assertThat(PhoneNumbers.display("+6281234567890")).isEqualTo("0812-3456-7890");
	}

}
