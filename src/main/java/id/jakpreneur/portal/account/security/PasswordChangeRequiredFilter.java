package id.jakpreneur.portal.account.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import id.jakpreneur.portal.account.PortalUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A person whose password was set by someone else (an administrator or officer opened the account) must choose
 * their own before anything else (decision 80): every other request, a NIK reveal included, is sent to
 * {@code /account/password}. Runs after authorisation, so anonymous visitors and other roles' URLs are answered
 * as before.
 */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

	static final String PASSWORD_PAGE = "/account/password";

	private static final List<String> ALLOWED = List.of(PASSWORD_PAGE, "/logout", "/login", "/error");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof PortalUser user
				&& user.mustChangePassword() && !allowed(request)) {
			response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean allowed(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return ALLOWED.contains(path);
	}

}
