package id.jakpreneur.portal.account.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Marks the span of one request around Spring Session's filter, so that {@link ChangedOnlySessions} reads a
 * session once per request and forgets it when the request ends (a pooled thread serves the next request fresh).
 */
@Component
@Order(SessionRepositoryFilter.DEFAULT_ORDER - 1)
class SessionRequestScope extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ChangedOnlySessions.openRequest();
		try {
			chain.doFilter(request, response);
		}
		finally {
			ChangedOnlySessions.closeRequest();
		}
	}

}
