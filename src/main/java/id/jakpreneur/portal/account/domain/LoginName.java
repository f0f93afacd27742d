package id.jakpreneur.portal.account.domain;

import java.util.Locale;
import java.util.Optional;

import id.jakpreneur.portal.account.PhoneNumbers;

/**
 * What a person types as their login: an e-mail address (anything with an {@code @}, kept lower-case) or an
 * Indonesian mobile number in any of the ways people write it ({@code 0812…}, {@code 62812…}, {@code +62 812…}),
 * kept as {@code +62812…}. One login is one key, however it was typed: the login-failure counters use it too.
 */
public record LoginName(String email, String phone) {

	/** The login the text names, or empty when it is neither an e-mail address nor a mobile number. */
	public static Optional<LoginName> parse(String typed) {
		if (typed == null || typed.isBlank()) {
			return Optional.empty();
		}
		if (typed.contains("@")) {
			return Optional.of(new LoginName(Account.normaliseEmail(typed), null));
		}
		return PhoneNumbers.normalise(typed).map(phone -> new LoginName(null, phone));
	}

	/** The one key of a login for counting failures: the normalised address or number, else the text lower-cased. */
	public static String key(String typed) {
		String raw = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
		return parse(typed).map(LoginName::value).orElse(raw);
	}

	public String value() {
		return email != null ? email : phone;
	}

}
