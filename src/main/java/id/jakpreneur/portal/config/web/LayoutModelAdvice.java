package id.jakpreneur.portal.config.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** Gives the layout the links of its language switch: the current page in each language. */
@ControllerAdvice
class LayoutModelAdvice {

	@ModelAttribute("languageLinks")
	Map<String, String> languageLinks(HttpServletRequest request, Locale locale) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if ("POST".equals(request.getMethod()) || path.startsWith("/error")) {
			path = "/";
		}
		UriComponentsBuilder base = UriComponentsBuilder.fromPath(path)
			.query("POST".equals(request.getMethod()) ? null : request.getQueryString());
		return Map.of("id", base.cloneBuilder().replaceQueryParam("lang", "id").build().encode().toUriString(), "en",
				base.cloneBuilder().replaceQueryParam("lang", "en").build().encode().toUriString());
	}

}
