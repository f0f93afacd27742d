package id.jakpreneur.portal.config.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The error page drawn without the database, the session or the security context: for the 503 of a database that
 * is away or busy, for a failure while drawing the normal error page, and for requests Tomcat refuses before the
 * portal sees them (through {@link PortalErrorReportValve}). The language comes from the {@code lang} cookie only;
 * browsers get the page, other clients ({@code Accept} without {@code text/html}) a short line of plain text.
 */
class BareErrorPage {

	private final ITemplateEngine templates;

	private final MessageSource messages;

	BareErrorPage(ITemplateEngine templates, MessageSource messages) {
		this.templates = templates;
		this.messages = messages;
	}

	void write(HttpServletRequest request, HttpServletResponse response, int status, String requestId)
			throws IOException {
		String kind = switch (status) {
			case 400, 403, 404, 500, 503 -> String.valueOf(status);
			default -> "generic";
		};
		Locale locale = locale(request);
		response.setStatus(status);
		response.setHeader(RequestIdFilter.HEADER, requestId);
		response.setHeader("Cache-Control", "no-store");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		String accept = request.getHeader("Accept");
		if (accept != null && accept.contains("text/html")) {
			response.setContentType("text/html;charset=UTF-8");
			Context context = new Context(locale, Map.of("status", status, "kind", kind, "requestId", requestId,
					"contextPath", request.getContextPath() == null ? "" : request.getContextPath()));
			response.getWriter().write(templates.process("error/bare", context));
		}
		else {
			response.setContentType("text/plain;charset=UTF-8");
			response.getWriter()
				.write(status + " " + messages.getMessage("error." + kind + ".title", null, locale) + "\n"
						+ messages.getMessage("error.requestId", new Object[] { requestId }, locale) + "\n");
		}
		response.flushBuffer();
	}

	/** As the portal's locale resolver decides, but from the cookie alone (it never touches the session). */
	static Locale locale(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if ("lang".equals(cookie.getName()) && cookie.getValue().toLowerCase(Locale.ROOT).startsWith("en")) {
					return Locale.ENGLISH;
				}
			}
		}
		return WebConfiguration.INDONESIAN;
	}

}
