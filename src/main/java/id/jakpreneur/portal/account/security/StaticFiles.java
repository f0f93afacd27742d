package id.jakpreneur.portal.account.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The paths of static files (the portal's assets, the webjars, the icon): no session, no login needed. Kept out of
 * the session by their own security chain ({@link #PATHS}) and, outside Spring Security, by the session lifetime
 * filter and the flash-map lookup ({@link #isStatic}).
 */
final class StaticFiles {

	/** The same paths as {@link #isStatic}, for the static files' own security chain. */
	static final String[] PATHS = { "/assets/**", "/webjars/**", "/favicon.ico" };

	private StaticFiles() {
	}

	static boolean isStatic(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/assets/") || path.startsWith("/webjars/") || path.equals("/favicon.ico");
	}

}
