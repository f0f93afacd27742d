package id.jakpreneur.portal.account.security;

import org.springframework.security.core.AuthenticationException;

/** Too many failed logins for this login name from this address; try again later. */
class LoginThrottledException extends AuthenticationException {

	private static final long serialVersionUID = 1L;

	LoginThrottledException() {
		super("too many failed logins");
	}

}
