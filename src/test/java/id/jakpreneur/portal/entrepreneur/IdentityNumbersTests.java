package id.jakpreneur.portal.entrepreneur;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import id.jakpreneur.portal.entrepreneur.domain.Gender;
import id.jakpreneur.portal.entrepreneur.domain.IdentityNumbers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentityNumbersTests {

	@ParameterizedTest(name = "{0} {1} {2} -> {3}")
	@CsvSource(nullValues = "OK", value = {
			// a man born 12 March 1988 in Gambir
			"3171011203880001, 1988-03-12, MALE,   OK",
			// a woman born the same day: 40 added to the day
			"3171015203880001, 1988-03-12, FEMALE, OK",
			"3171 0152 0388 0001, 1988-03-12, FEMALE, OK",
			"3171-0152-0388-0001, 1988-03-12, FEMALE, OK",
			// Kepulauan Seribu and Jakarta Timur are DKI too
			"3101010101900002, 1990-01-01, MALE,   OK",
			"3175074107000003, 2000-07-01, FEMALE, OK",
			"317101120388000,  1988-03-12, MALE,   nik.invalid.format",
			"31710112038800011, 1988-03-12, MALE,  nik.invalid.format",
			"31710112O3880001, 1988-03-12, MALE,   nik.invalid.format",
			// Bandung (32), and a 31 prefix with no DKI kota behind it
			"3273011203880001, 1988-03-12, MALE,   nik.invalid.notDki",
			"3199011203880001, 1988-03-12, MALE,   nik.invalid.notDki",
			"3171013203880001, 1988-03-12, MALE,   nik.invalid.date",
			"3171011213880001, 1988-03-12, MALE,   nik.invalid.date",
			"3171011303880001, 1988-03-12, MALE,   nik.invalid.birthDateMismatch",
			"3171011203890001, 1988-03-12, MALE,   nik.invalid.birthDateMismatch",
			"3171015203880001, 1988-03-12, MALE,   nik.invalid.femaleCode",
			"3171011203880001, 1988-03-12, FEMALE, nik.invalid.maleCode" })
	void judgesNik(String nik, LocalDate birthDate, Gender gender, String expected) {
		assertThat(IdentityNumbers.nikProblem(nik, birthDate, gender).orElse(null)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(nullValues = "OK", value = { "3171010101230004, OK", "3171 0101 0123 0004, OK",
			"317101010123000, kk.invalid.format", "abcdefghijklmnop, kk.invalid.format",
			"3273010101230004, kk.invalid.notDki" })
	void judgesKk(String kk, String expected) {
		assertThat(IdentityNumbers.kkProblem(kk).orElse(null)).isEqualTo(expected);
	}

	@Test
	void masksAllButTheKotaAndTheLastTwoDigits() {
		assertThat(IdentityNumbers.mask("3171015203880001")).isEqualTo("3171**********01");
		assertThat(IdentityNumbers.mask("3171 0152 0388 0001")).isEqualTo("3171**********01");
	}

}
