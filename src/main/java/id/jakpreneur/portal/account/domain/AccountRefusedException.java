package id.jakpreneur.portal.account.domain;

import id.jakpreneur.portal.shared.RefusedException;

/**
 * An administrative action the rules do not allow on this account, named by its message key: an administrator
 * deactivating their own account, deactivating an account already deactivated, reactivating one that is not.
 */
public class AccountRefusedException extends RefusedException {

	private static final long serialVersionUID = 1L;

	public AccountRefusedException(String messageKey) {
		super(messageKey);
	}

}
