package id.jakpreneur.portal.document.web;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * A form upload over {@code spring.servlet.multipart.max-file-size} or {@code max-request-size} (a file larger than
 * the forms allow, sent despite the page's own size check): the container drops the body, so the form, its fields and
 * its CSRF token never arrive, and every later read of a parameter throws (413). {@link Detect}, right after the
 * character encoding, notices it and lets the request go on without parameters; {@link Answer}, once the session is
 * known and before security, sends the sender back to the page the form was on (the Referer's path on this host, else
 * the address posted to) with the message that nothing was saved. A request without a session gets the 413 page.
 */
final class OversizeUploads {

	static final String MESSAGE = "document.upload.refusedTooLarge";

	private static final String OVERSIZE = OversizeUploads.class.getName() + ".OVERSIZE";

	private static final Logger log = LoggerFactory.getLogger(OversizeUploads.class);

	private OversizeUploads() {
	}

	@Component
	@Order(Ordered.HIGHEST_PRECEDENCE + 5)
	static class Detect extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (!"POST".equals(request.getMethod()) || request.getContentType() == null
					|| !request.getContentType().toLowerCase(Locale.ROOT).startsWith("multipart/")
					|| !oversize(request)) {
				chain.doFilter(request, response);
				return;
			}
			log.info("Upload refused: over the multipart size limit");
			request.setAttribute(OVERSIZE, Boolean.TRUE);
			chain.doFilter(new WithoutForm(request), response);
		}

		/**
		 * Whether the container refused the body for its size (it says so when the parts are asked for). Any other
		 * failure is left to whoever reads the parameters next, as before.
		 */
		private static boolean oversize(HttpServletRequest request) {
			try {
				request.getParts();
				return false;
			}
			catch (IllegalStateException | ServletException | IOException ex) {
				if (ex instanceof InvalidParameterException invalid && invalid.getErrorCode() == 413) {
					return true;
				}
				for (Throwable t = ex; t != null; t = t.getCause()) {
					String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
					if (message.contains("exceed") && message.contains("size")) {
						return true;
					}
				}
				return false;
			}
		}

	}

	@Component
	@Order(Ordered.HIGHEST_PRECEDENCE + 60)
	static class Answer extends OncePerRequestFilter {

		private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (request.getAttribute(OVERSIZE) == null) {
				chain.doFilter(request, response);
				return;
			}
			if (request.getSession(false) == null) {
				response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
				return;
			}
			String back = backTo(request);
			FlashMap flash = new FlashMap();
			flash.put("flashError", MESSAGE);
			flash.setTargetRequestPath(request.getContextPath() + back);
			flashMaps.saveOutputFlashMap(flash, request, response);
			response.setStatus(HttpServletResponse.SC_SEE_OTHER);
			response.setHeader(HttpHeaders.LOCATION, request.getContextPath() + back);
		}

	}

	/** The path of the page the form was on when the Referer is this host's, else the address posted to. */
	static String backTo(HttpServletRequest request) {
		String context = request.getContextPath();
		String own = request.getRequestURI().substring(context.length());
		String referer = request.getHeader(HttpHeaders.REFERER);
		if (referer == null) {
			return own;
		}
		try {
			URI uri = new URI(referer);
			String path = uri.getRawPath();
			if (!request.getServerName().equalsIgnoreCase(uri.getHost()) || path == null
					|| !path.startsWith(context + "/") || path.startsWith(context + "//")) {
				return own;
			}
			return path.substring(context.length());
		}
		catch (URISyntaxException ex) {
			return own;
		}
	}

	/** The request without its (lost) form: no parameters, no parts, nothing that throws. */
	private static final class WithoutForm extends HttpServletRequestWrapper {

		WithoutForm(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}

		@Override
		public Collection<Part> getParts() {
			return List.of();
		}

		@Override
		public Part getPart(String name) {
			return null;
		}

	}

}
