package id.jakpreneur.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTests {

	@ParameterizedTest(name = "{0} -> {2}")
	@CsvSource(nullValues = "OK", value = {
			"'pendek1',                 siti@example.id,         password.policy.tooShort",
			"'rahmawati2024!',          rahmawati@example.id,    password.policy.containsEmail",
			"'Warung-Siti-2026',        budi@example.id,         OK",
			"'kopi susu 45 gelas',      budi.santoso@example.id, OK",
			// passphrases without digits are fine; common passwords and repetitions are not, whatever their classes
			"'hanyahurufsaja',          siti@example.id,         OK",
			"'kuda merah makan nasi',   siti@example.id,         OK",
			"'password12',              siti@example.id,         password.policy.common",
			"'Password123',             siti@example.id,         password.policy.common",
			"'aaaaaaaaa1',              siti@example.id,         password.policy.common",
			"'1234567890',              siti@example.id,         password.policy.common",
			"'qwertyuiop',              siti@example.id,         password.policy.common",
			"'!!Bismillah2026',         siti@example.id,         password.policy.common",
			"'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1', x@y.id, password.policy.tooLong" })
	void judgesPasswords(String password, String email, String expectedProblem) {
		assertThat(PasswordPolicy.problem(password, email).orElse(null)).isEqualTo(expectedProblem);
	}

	@Test
	void countsBcryptsBytesNotCharacters() {
		String accented = "é".repeat(35) + "kopi12"; // 41 characters, 76 bytes
		assertThat(PasswordPolicy.problem(accented, "x@y.id")).contains("password.policy.tooLong");
		assertThat(PasswordPolicy.problem("é".repeat(33) + "kopi12", "x@y.id")).isEmpty(); // 72 bytes
		assertThat(PasswordPolicy.problem("é".repeat(70) + "12", "x@y.id")).contains("password.policy.tooLong");
	}

}
