package id.jakpreneur.portal.account;

import java.util.Set;

/** What it takes to open an account. The password is plain here and hashed by {@link AccountManagement}. */
public record NewAccount(String email, String fullName, Role role, String password, Set<String> areaCodes) {

	public NewAccount {
		areaCodes = areaCodes == null ? Set.of() : Set.copyOf(areaCodes);
	}

}
