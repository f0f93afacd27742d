package id.jakpreneur.portal.account.security;

import java.time.Duration;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Wraps the password check: while a delay runs for the login or the address the attempt is refused unchecked; a
 * wrong password is counted against both; a right one clears the login's counter. The client address is the
 * servlet request's, which the container takes from {@code X-Forwarded-For} only when the peer is a configured
 * proxy ({@code JAKPRENEUR_TRUSTED_PROXIES}).
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider delegate;

	private final LoginThrottle throttle;

	ThrottledAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle) {
		this.delegate = delegate;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : null;
		String login = authentication.getName();
		Duration wait = throttle.waitBefore(login, address);
		if (!wait.isZero()) {
			throw new LoginThrottledException(wait);
		}
		try {
			Authentication result = delegate.authenticate(authentication);
			throttle.recordSuccess(login);
			return result;
		}
		catch (BadCredentialsException ex) {
			Duration next = throttle.recordFailure(login, address);
			if (!next.isZero()) {
				throw new LoginThrottledException(next);
			}
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
