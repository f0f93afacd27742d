package id.jakpreneur.portal.shared.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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
 * login (the form's usual message), as is a login name longer than an email address may be, so neither reaches the
 * throttle or the accounts;</li>
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

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.equals("/error")) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		boolean login = "POST".equals(request.getMethod()) && LOGIN.equals(path);
		if (storable(request.getParameterMap()) && !(login && overlong(request.getParameter("username")))) {
			chain.doFilter(request, response);
			return;
		}
		log.info("Request refused: a parameter holds NUL or a lone surrogate, or a login name is overlong");
		if (login) {
			response.sendRedirect(request.getContextPath() + LOGIN + "?error");
			return;
		}
		response.sendError(HttpServletResponse.SC_BAD_REQUEST);
	}

	private static boolean overlong(String loginName) {
		return loginName != null && loginName.length() > MAX_LOGIN_NAME;
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
