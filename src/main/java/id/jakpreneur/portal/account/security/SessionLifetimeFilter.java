package id.jakpreneur.portal.account.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session a fixed time after it began, however active it is ({@code jakpreneur.security.session.absolute-
 * lifetime}, 12 hours), on top of the 30-minute idle timeout: a stolen session cookie is worth a working day at
 * most. Login starts a new session (its creation time is the login time), so the lifetime counts from the login.
 * Runs right after Spring Session's filter and before Spring Security reads the session; not for static files, which
 * read no session (a logged-in browser's stylesheet would otherwise load the session's row).
 */
@Component
@Order(SessionRepositoryFilter.DEFAULT_ORDER + 1)
class SessionLifetimeFilter extends OncePerRequestFilter {

	private final Clock clock;

	private final Duration lifetime;

	SessionLifetimeFilter(Clock clock, @Value("${jakpreneur.security.session.absolute-lifetime}") Duration lifetime) {
		this.clock = clock;
		this.lifetime = lifetime;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return StaticFiles.isStatic(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && session.getCreationTime() + lifetime.toMillis() < clock.millis()) {
			session.invalidate();
		}
		chain.doFilter(request, response);
	}

}
