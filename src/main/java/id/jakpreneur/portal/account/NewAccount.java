package id.jakpreneur.portal.account;

import java.util.Set;

/**
 * What it takes to open an account: an e-mail address, a mobile number ({@link PhoneNumbers}: any way it is written),
 * or both; either is a login name (decision 87). The password is plain here and hashed by {@link AccountManagement}.
 * {@code setBySomeoneElse} is true when the person who will log in did not choose it (an administrator or officer
 * typed it): they must then choose their own at first login, before anything else (decision 80).
 */
public record NewAccount(String email, String phone, String fullName, Role role, String password,
		Set<String> areaCodes, boolean setBySomeoneElse) {

	public NewAccount {
		areaCodes = areaCodes == null ? Set.of() : Set.copyOf(areaCodes);
	}

	/** An account with an e-mail address and no mobile number. */
	public NewAccount(String email, String fullName, Role role, String password, Set<String> areaCodes,
			boolean setBySomeoneElse) {
		this(email, null, fullName, role, password, areaCodes, setBySomeoneElse);
	}

}
