package id.jakpreneur.portal.account;

import java.util.Set;

/**
 * What it takes to open an account. The password is plain here and hashed by {@link AccountManagement}.
 * {@code setBySomeoneElse} is true when the person who will log in did not choose it (an administrator or officer
 * typed it): they must then choose their own at first login, before anything else (decision 80).
 */
public record NewAccount(String email, String fullName, Role role, String password, Set<String> areaCodes,
		boolean setBySomeoneElse) {

	public NewAccount {
		areaCodes = areaCodes == null ? Set.of() : Set.copyOf(areaCodes);
	}

}
