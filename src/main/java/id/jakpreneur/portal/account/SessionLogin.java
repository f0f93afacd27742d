package id.jakpreneur.portal.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.stereotype.Component;

/**
 * Logs a person in right after they registered, without asking for the password again: a fresh session id
 * (against session fixation), the security context stored in the (database-backed) session and a new CSRF token.
 */
@Component
public class SessionLogin {

	private final AccountManagement accounts;

	private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	private final CsrfTokenRepository csrfTokens;

	SessionLogin(AccountManagement accounts, CsrfTokenRepository csrfTokens) {
		this.accounts = accounts;
		this.csrfTokens = csrfTokens;
	}

	public void logIn(String email, HttpServletRequest request, HttpServletResponse response) {
		UserDetails user = accounts.loadUserByUsername(email);
		if (user instanceof PortalUser portalUser) {
			portalUser.eraseCredentials();
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		request.getSession(true);
		request.changeSessionId();
		repository.saveContext(context, request, response);
		// the visitor's token (from a cookie) ends with the visit; the next page makes one in the new session
		csrfTokens.saveToken(null, request, response);
	}

}
