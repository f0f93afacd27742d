package id.jakpreneur.portal.account.security;

import java.time.Duration;

import org.springframework.security.authentication.BadCredentialsException;

/**
 * A login answered with the ordinary login error plus how long to wait before the next attempt is checked: after
 * a failure that started a delay, or for an attempt made during one (which was not checked at all).
 */
class LoginThrottledException extends BadCredentialsException {

	private static final long serialVersionUID = 1L;

	private final long waitSeconds;

	LoginThrottledException(Duration wait) {
		super("login delayed");
		this.waitSeconds = Math.max(1, (wait.toMillis() + 999) / 1000);
	}

	long waitSeconds() {
		return waitSeconds;
	}

}
