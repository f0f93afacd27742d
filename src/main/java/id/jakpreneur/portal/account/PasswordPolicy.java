package id.jakpreneur.portal.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What makes a password acceptable, as NIST SP 800-63B puts it: long enough (10 characters), within bcrypt's 72
 * bytes, not one of the most common passwords (nor one with digits or signs added at either end), not a few
 * characters repeated, and not built from the email address. No character classes: a passphrase of plain words is
 * fine, {@code Password123} is not. Returns a message key for the first problem. Every form that sets a password
 * (online registration, the password change, the reset link, the activation) asks this class.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 10;

	/** bcrypt reads at most 72 bytes (UTF-8); Spring Security refuses longer input with an exception. */
	public static final int MAX_BYTES = 72;

	/** Fewer different characters than this is a repetition such as {@code aaaaaaaaa1}. */
	static final int MIN_DISTINCT = 5;

	private static final String LIST = "/account/common-passwords.txt";

	private PasswordPolicy() {
	}

	public static Optional<String> problem(String password, String email) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of("password.policy.tooShort");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of("password.policy.tooLong");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (lower.codePoints().distinct().count() < MIN_DISTINCT || isCommon(lower)) {
			return Optional.of("password.policy.common");
		}
		if (email != null && email.contains("@")) {
			String local = email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT);
			if (local.length() >= 4 && lower.contains(local)) {
				return Optional.of("password.policy.containsEmail");
			}
		}
		return Optional.empty();
	}

	/** The password itself, or its core once digits, signs and spaces at either end are taken off, is on the list. */
	private static boolean isCommon(String lower) {
		int start = 0;
		int end = lower.length();
		while (start < end && !Character.isLetter(lower.charAt(start))) {
			start++;
		}
		while (end > start && !Character.isLetter(lower.charAt(end - 1))) {
			end--;
		}
		String core = lower.substring(start, end);
		return CommonPasswords.SET.contains(lower) || (core.length() >= 4 && CommonPasswords.SET.contains(core));
	}

	/** Read at first use (about 49,000 lines, 0.4 MB); see the header of the resource for its source and licence. */
	private static final class CommonPasswords {

		static final Set<String> SET = load();

		private static Set<String> load() {
			Set<String> words = new HashSet<>(70_000);
			try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
				if (in == null) {
					throw new IllegalStateException(LIST + " is missing");
				}
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
				String line;
				boolean header = true;
				while ((line = reader.readLine()) != null) {
					header = header && line.startsWith("# ");
					if (!header && !line.isEmpty()) {
						words.add(line);
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return Set.copyOf(words);
		}

	}

}
