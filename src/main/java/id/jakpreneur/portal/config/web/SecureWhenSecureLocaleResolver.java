package id.jakpreneur.portal.config.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.web.servlet.LocaleContextResolver;

/**
 * Reads the language cookie like {@code CookieLocaleResolver} and writes it with {@code Secure} when the request came
 * over HTTPS: Spring's resolver fixes that flag once for all requests, which would either leave it off behind HTTPS
 * or break the language switch in plain-HTTP development.
 */
class SecureWhenSecureLocaleResolver implements LocaleContextResolver {

	private final LocaleContextResolver plain;

	private final LocaleContextResolver secure;

	SecureWhenSecureLocaleResolver(LocaleContextResolver plain, LocaleContextResolver secure) {
		this.plain = plain;
		this.secure = secure;
	}

	private LocaleContextResolver pick(HttpServletRequest request) {
		return request.isSecure() ? secure : plain;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return pick(request).resolveLocale(request);
	}

	@Override
	public LocaleContext resolveLocaleContext(HttpServletRequest request) {
		return pick(request).resolveLocaleContext(request);
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		pick(request).setLocale(request, response, locale);
	}

	@Override
	public void setLocaleContext(HttpServletRequest request, HttpServletResponse response, LocaleContext localeContext) {
		pick(request).setLocaleContext(request, response, localeContext);
	}

}
