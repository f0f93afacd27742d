package id.jakpreneur.portal.account.security;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Where the CSRF token lives: in the session when there is one (every logged-in user), in an HttpOnly cookie before
 * there is one, so that a visitor who only reads {@code /login}, {@code /register} or a public page leaves no session
 * row behind (docs/decisions.md 73). A token is checked against the session's token first, then the cookie's, so a
 * form rendered before a session existed still posts. Login (Spring Security's own strategy) and
 * {@code SessionLogin} clear both, and the next page gets a fresh token in the new session.
 */
final class VisitorCsrfTokens implements CsrfTokenRepository {

	static final String COOKIE = "XSRF-TOKEN";

	private final HttpSessionCsrfTokenRepository session = new HttpSessionCsrfTokenRepository();

	private final CookieCsrfTokenRepository cookie = new CookieCsrfTokenRepository();

	VisitorCsrfTokens() {
		cookie.setCookieName(COOKIE);
		cookie.setHeaderName("X-CSRF-TOKEN");
		cookie.setCookieCustomizer(c -> c.httpOnly(true).sameSite("Lax"));
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return session.generateToken(request);
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		boolean hasSession = request.getSession(false) != null;
		if (token == null) {
			if (hasSession) {
				session.saveToken(null, request, response);
			}
			if (cookie.loadToken(request) != null) {
				cookie.saveToken(null, request, response);
			}
		}
		else if (hasSession) {
			session.saveToken(token, request, response);
		}
		else {
			cookie.saveToken(token, request, response);
		}
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		CsrfToken token = request.getSession(false) != null ? session.loadToken(request) : null;
		return token != null ? token : cookie.loadToken(request);
	}

	/**
	 * Spring Security's default (a masked token per page, against BREACH), except that a page request without a
	 * session makes its token before the controller runs: a token made while the view renders could come after the
	 * response's headers were sent, too late for its cookie.
	 */
	static final class EagerForVisitors implements CsrfTokenRequestHandler {

		private final XorCsrfTokenRequestAttributeHandler masked = new XorCsrfTokenRequestAttributeHandler();

		@Override
		public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
			masked.handle(request, response, token);
			// the session is asked last: a page of a logged-in browser already has its token there
			if ("GET".equals(request.getMethod()) && isPage(request) && request.getSession(false) == null) {
				token.get();
			}
		}

		@Override
		public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
			return masked.resolveCsrfTokenValue(request, token);
		}

		private static boolean isPage(HttpServletRequest request) {
			return !request.getRequestURI()
				.substring(request.getContextPath().length())
				.startsWith("/actuator/");
		}

	}

}
