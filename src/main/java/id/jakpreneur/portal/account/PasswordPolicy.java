package id.jakpreneur.portal.account;

import java.util.Locale;
import java.util.Optional;

/**
 * What makes a password acceptable: long enough to resist guessing, short enough for bcrypt, with a
 * letter and a digit, and not built from the email address. Returns a message key for the first problem.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 10;

	public static final int MAX_LENGTH = 72;

	private PasswordPolicy() {
	}

	public static Optional<String> problem(String password, String email) {
		if (password == null || password.length() < MIN_LENGTH) {
			return Optional.of("password.policy.tooShort");
		}
		if (password.length() > MAX_LENGTH) {
			return Optional.of("password.policy.tooLong");
		}
		if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
			return Optional.of("password.policy.letterAndDigit");
		}
		if (email != null && email.contains("@")) {
			String local = email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT);
			if (local.length() >= 4 && password.toLowerCase(Locale.ROOT).contains(local)) {
				return Optional.of("password.policy.containsEmail");
			}
		}
		return Optional.empty();
	}

}
