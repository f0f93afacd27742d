package id.jakpreneur.portal.account;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.stereotype.Component;

/**
 * Logs a person in without asking for the password again: right after they registered, and after they changed
 * their password (so the session's login reflects the changed account). A new session (against session fixation;
 * its creation time starts the absolute lifetime), with the old session's attributes, and the security context
 * stored in it (database-backed), and a new CSRF token.
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
		if (!user.isEnabled()) {
			// deactivated by an administrator (decision 92): a link or code used since does not open a session; the
			// page the caller sends the person to asks for a login, which is refused
			return;
		}
		if (user instanceof PortalUser portalUser) {
			portalUser.eraseCredentials();
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		Map<String, Object> attributes = new HashMap<>();
		HttpSession old = request.getSession(false);
		if (old != null) {
			Collections.list(old.getAttributeNames()).forEach(name -> attributes.put(name, old.getAttribute(name)));
			attributes.remove(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
			old.invalidate();
		}
		HttpSession fresh = request.getSession(true);
		attributes.forEach(fresh::setAttribute);
		repository.saveContext(context, request, response);
		// the visitor's token (from a cookie) ends with the visit; the next page makes one in the new session
		csrfTokens.saveToken(null, request, response);
	}

}
