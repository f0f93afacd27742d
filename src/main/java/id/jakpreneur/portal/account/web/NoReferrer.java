package id.jakpreneur.portal.account.web;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Pages whose URL carries a secret (a reset or activation link's token) send no referrer, so no link or resource
 * of the page can pass the token on. Spring Security's own header keeps a value already set.
 */
final class NoReferrer {

	private NoReferrer() {
	}

	static void set(HttpServletResponse response) {
		response.setHeader("Referrer-Policy", "no-referrer");
	}

}
