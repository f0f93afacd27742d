package id.jakpreneur.portal.support;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;

/**
 * Accounts opened by staff (mentors, partner contacts, staff, walk-in citizens) must choose their own password at
 * first login before anything else. Fixtures that need such an account at work, not at its first login, go through
 * that step here: the holder "chooses" the same password, so the fixture's password still works.
 */
public final class FirstLogin {

	private FirstLogin() {
	}

	public static PortalUser passwordChosen(AccountManagement accounts, String email, String password) {
		PortalUser user = (PortalUser) accounts.loadUserByUsername(email);
		if (!accounts.changePassword(user.accountId(), password, password)) {
			throw new IllegalStateException("wrong fixture password for " + email);
		}
		return (PortalUser) accounts.loadUserByUsername(email);
	}

}
