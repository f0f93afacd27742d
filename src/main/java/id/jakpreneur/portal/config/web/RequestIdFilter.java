package id.jakpreneur.portal.config.web;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;
import org.springframework.web.filter.GenericFilterBean;

/**
 * Gives every request an id, first of all filters: in the logging context ({@code requestId}) of every line the
 * request writes, in the {@code X-Request-Id} response header and on every error page, so that a citizen can quote
 * it and an operator find the request's lines. An id set by the proxy in front (nginx's {@code $request_id}) is kept
 * when it looks like one, so both logs name the request alike. Runs again for the error dispatch, with the same id.
 */
class RequestIdFilter extends GenericFilterBean {

	/** Also the name templates read it by ({@code ${requestId}}). */
	static final String ATTRIBUTE = "requestId";

	static final String HEADER = "X-Request-Id";

	static final String MDC_KEY = "requestId";

	private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{8,64}");

	/** No 0/o, 1/l/i: an id read aloud over the phone is not misheard. */
	private static final char[] ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	@Override
	public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
			throws IOException, ServletException {
		HttpServletRequest request = (HttpServletRequest) req;
		String id = of(request);
		if (id == null) {
			String incoming = request.getHeader(HEADER);
			id = incoming != null && ACCEPTED.matcher(incoming).matches() ? incoming : newId();
			request.setAttribute(ATTRIBUTE, id);
		}
		((HttpServletResponse) res).setHeader(HEADER, id);
		String outer = MDC.get(MDC_KEY);
		MDC.put(MDC_KEY, id);
		try {
			chain.doFilter(req, res);
		}
		finally {
			if (outer == null) {
				MDC.remove(MDC_KEY);
			}
			else {
				MDC.put(MDC_KEY, outer);
			}
		}
	}

	/** The request's id, or null before this filter ran (a request Tomcat refused itself). */
	static String of(HttpServletRequest request) {
		return (String) request.getAttribute(ATTRIBUTE);
	}

	static String newId() {
		char[] id = new char[10];
		for (int i = 0; i < id.length; i++) {
			id[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
		}
		return new String(id);
	}

}
