package id.jakpreneur.portal.config.web;

import java.io.IOException;
import java.time.Duration;

import javax.sql.DataSource;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import id.jakpreneur.portal.config.database.RequestConnectionGate;
import org.springframework.web.filter.GenericFilterBean;

/**
 * Catches whatever a request lets escape, outside every other filter (Spring Session's and Spring Security's too),
 * and answers it in the portal's words instead of Tomcat's. A database that is away or too busy gets the 503 page
 * with {@code Retry-After}, drawn by {@link BareErrorPage} without touching the database or the session (the
 * layout's notices and the session lookup would only fail again, a connection timeout each). Any other failure
 * gets the normal 500 page through the error dispatch, or the bare one when that dispatch fails too. Either way the
 * failure is logged once, by {@link FailureLog}, instead of by Tomcat with its whole trace.
 */
class RequestFailureFilter extends GenericFilterBean {

	private final BareErrorPage page;

	private final FailureLog failures;

	private final Duration retryAfter;

	private final DataSource dataSource;

	RequestFailureFilter(BareErrorPage page, FailureLog failures, Duration retryAfter, DataSource dataSource) {
		this.page = page;
		this.dataSource = dataSource;
		this.failures = failures;
		this.retryAfter = retryAfter;
	}

	@Override
	public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
			throws IOException, ServletException {
		HttpServletRequest request = (HttpServletRequest) req;
		HttpServletResponse response = (HttpServletResponse) res;
		RequestConnectionGate.open();
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			RequestConnectionGate.close();
			handle(request, response, ex);
		}
		finally {
			RequestConnectionGate.close();
		}
	}

	private void handle(HttpServletRequest request, HttpServletResponse response, Exception ex) throws IOException {
		if (isClientGone(ex)) {
			return; // the browser went away: nobody to answer, nothing wrong with the portal
		}
		DatabaseTrouble trouble = DatabaseTrouble.of(ex);
		int status = trouble == null ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR
				: HttpServletResponse.SC_SERVICE_UNAVAILABLE;
		if (trouble == null) {
			failures.failed(request, status, ex);
		}
		else {
			failures.unavailable(request, trouble, ex);
			if (trouble == DatabaseTrouble.UNAVAILABLE) {
				RequestConnectionGate.unreachable(dataSource);
			}
		}
		if (response.isCommitted()) {
			return; // part of the page has left: the connection ends, the log line says why
		}
		String requestId = RequestIdFilter.of(request);
		if (trouble == null && request.getDispatcherType() != DispatcherType.ERROR) {
			// the normal 500 page, in the layout, through Spring Boot's error controller
			response.resetBuffer();
			response.sendError(status);
			return;
		}
		response.reset();
		if (trouble != null) {
			response.setHeader("Retry-After", String.valueOf(retryAfter.toSeconds()));
		}
		page.write(request, response, status, requestId == null ? RequestIdFilter.newId() : requestId);
	}

	private static boolean isClientGone(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t.getClass().getSimpleName().equals("ClientAbortException")) {
				return true;
			}
		}
		return false;
	}

}
