package id.jakpreneur.portal.account.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Wraps the password check: refuses while the (login, address) pair is locked, counts failures, and
 * clears the count on success.
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
				? details.getRemoteAddress() : "unknown";
		String key = LoginThrottle.key(authentication.getName(), address);
		if (throttle.isLocked(key)) {
			throw new LoginThrottledException();
		}
		try {
			Authentication result = delegate.authenticate(authentication);
			throttle.recordSuccess(key);
			return result;
		}
		catch (BadCredentialsException ex) {
			throttle.recordFailure(key);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
