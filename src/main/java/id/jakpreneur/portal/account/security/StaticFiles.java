package id.jakpreneur.portal.account.security;

import jakarta.servlet.http.HttpServletRequest;

/** The paths of static files (the portal's assets, the webjars, the icon): no session, no login needed. */
final class StaticFiles {

	private StaticFiles() {
	}

	static boolean isStatic(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/assets/") || path.startsWith("/webjars/") || path.equals("/favicon.ico");
	}

}
