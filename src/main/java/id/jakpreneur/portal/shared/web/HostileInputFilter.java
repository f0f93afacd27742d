package id.jakpreneur.portal.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before sessions, security or any controller read it, a request no honest browser sends:
 * <ul>
 * <li>a parameter name or value holding a character PostgreSQL cannot store in text, NUL (0x00) or half of a
 * surrogate pair (not valid UTF-8): the 400 page, except on the login form, where it is answered as any failed
 * login (the form's usual message), as is a login name longer than an email address may be or a password longer
 * than any account's can be (bcrypt's 72 bytes, which the password policy enforces), so none reaches the throttle or
 * the accounts;</li>
 * <li>the error page asked for directly ({@code /error} outside an error): 404, where Spring Boot would answer 500
 * for lack of an error to show.</li>
 * </ul>
 * It runs right after the character encoding is set, so parameters are read as UTF-8, and a refused request costs
 * no database work.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class HostileInputFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(HostileInputFilter.class);

	private static final String LOGIN = "/login";

	/** The longest email address (RFC 5321), so the longest login name. */
	static final int MAX_LOGIN_NAME = 254;

	/** No password can be longer: bcrypt reads 72 bytes, and the password policy refuses longer ones. */
	static final int MAX_PASSWORD_BYTES = 72;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.equals("/error")) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		boolean login = "POST".equals(request.getMethod()) && LOGIN.equals(path);
		if (readable(request) && storable(request.getParameterMap()) && !(login && overlong(request))) {
			chain.doFilter(request, response);
			return;
		}
		log.info("Request refused: a parameter holds NUL or a lone surrogate, or a login name or password is overlong");
		if (login) {
			response.sendRedirect(request.getContextPath() + LOGIN + "?error");
			return;
		}
		response.sendError(HttpServletResponse.SC_BAD_REQUEST);
	}

	/**
	 * Whether the container can read the parameters: Tomcat refuses bytes that are not UTF-8 (the three bytes of a
	 * lone surrogate) when they are first read, by throwing; that is a bad request, not a failure of the portal.
	 */
	private static boolean readable(HttpServletRequest request) {
		try {
			request.getParameterMap();
			return true;
		}
		catch (InvalidParameterException ex) {
			return false;
		}
	}

	private static boolean overlong(HttpServletRequest login) {
		String name = login.getParameter("username");
		String password = login.getParameter("password");
		return (name != null && name.length() > MAX_LOGIN_NAME)
				|| (password != null && password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES);
	}

	static boolean storable(Map<String, String[]> parameters) {
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			if (!storable(parameter.getKey())) {
				return false;
			}
			for (String value : parameter.getValue()) {
				if (value != null && !storable(value)) {
					return false;
				}
			}
		}
		return true;
	}

	/** No NUL and no surrogate without its other half. */
	static boolean storable(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == 0 || Character.isLowSurrogate(c)) {
				return false;
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
					return false;
				}
				i++;
			}
		}
		return true;
	}

}
