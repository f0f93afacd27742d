package id.jakpreneur.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTests {

	@ParameterizedTest(name = "{0} -> {2}")
	@CsvSource(nullValues = "OK", value = {
			"'pendek1',                 siti@example.id,         password.policy.tooShort",
			"'hanyahurufsaja',          siti@example.id,         password.policy.letterAndDigit",
			"'1234567890123',           siti@example.id,         password.policy.letterAndDigit",
			"'rahmawati2024!',          rahmawati@example.id,    password.policy.containsEmail",
			"'Warung-Siti-2026',        budi@example.id,         OK",
			"'kopi susu 45 gelas',      budi.santoso@example.id, OK",
			"'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1', x@y.id, password.policy.tooLong" })
	void judgesPasswords(String password, String email, String expectedProblem) {
		assertThat(PasswordPolicy.problem(password, email).orElse(null)).isEqualTo(expectedProblem);
	}

}
