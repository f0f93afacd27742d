package id.jakpreneur.portal.training;

import static org.assertj.core.api.Assertions.assertThat;

import id.jakpreneur.portal.training.domain.CertificateRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The certificate rule. */
class CertificateRuleTests {

	@ParameterizedTest(name = "attended {0} of a rule of {1} -> {2}")
	@CsvSource({ "0, 1, false", "1, 1, true", "2, 3, false", "3, 3, true", "5, 3, true", "0, 0, false" })
	void aCertificateNeedsTheMinimumAttendance(int attended, int minimum, boolean earned) {
		assertThat(CertificateRule.earned(attended, minimum)).isEqualTo(earned);
	}

	@Test
	void certificateNumbersNameYearClassAndParticipant() {
		assertThat(CertificateRule.number(2026, 12, 3456)).isEqualTo("JP/P2/2026/000012/003456");
	}

}
