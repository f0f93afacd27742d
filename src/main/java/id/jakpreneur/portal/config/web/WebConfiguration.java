package id.jakpreneur.portal.config.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableHandlerMethodArgumentResolver;
import org.springframework.data.web.SortHandlerMethodArgumentResolver;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Bahasa Indonesia by default, English on request ({@code ?lang=en}), remembered in a cookie so the
 * choice survives logins and works the same on every portal instance.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final Locale INDONESIAN = Locale.forLanguageTag("id");

	/** The {@code lang} cookie is {@code Secure} whenever the request is (HTTPS, directly or behind a trusted proxy). */
	@Bean
	LocaleResolver localeResolver() {
		return new SecureWhenSecureLocaleResolver(cookieResolver(false), cookieResolver(true));
	}

	private static CookieLocaleResolver cookieResolver(boolean secure) {
		CookieLocaleResolver resolver = new CookieLocaleResolver("lang");
		resolver.setDefaultLocale(INDONESIAN);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite("Lax");
		resolver.setCookieSecure(secure);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {
			@Override
			protected Locale parseLocaleValue(String value) {
				if (!LANGUAGES.contains(value)) {
					throw new IllegalArgumentException("Not a language of the portal");
				}
				return super.parseLocaleValue(value);
			}
		};
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	/** The languages {@code ?lang=} may choose; anything else is ignored rather than stored in the cookie. */
	static final Set<String> LANGUAGES = Set.of("id", "en");

	/** No list shows more rows than this on one page, whatever {@code ?size=} asks. */
	static final int MAX_PAGE_SIZE = 100;

	/**
	 * Pages come from {@code ?page=} and {@code ?size=} (a negative page is the first, one past any offset a query
	 * can take is the last such, the size at most {@link #MAX_PAGE_SIZE}); {@code ?sort=} is not read at all: every
	 * list's order is fixed by its statement, and Spring Data's sort parser decodes the value a second time, so
	 * {@code ?sort=%} was a 500. Put first, so it answers before Spring Data's own resolver.
	 */
	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		PageableHandlerMethodArgumentResolver pages = new PageableHandlerMethodArgumentResolver(new FixedOrder()) {
			@Override
			public Pageable resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
					NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
				Pageable page = super.resolveArgument(parameter, mavContainer, webRequest, binderFactory);
				// JPA takes the offset as an int: ?page=2147483647 was a 500
				return page.isPaged() && page.getOffset() > Integer.MAX_VALUE
						? PageRequest.of(Integer.MAX_VALUE / page.getPageSize() - 1, page.getPageSize(), page.getSort())
						: page;
			}
		};
		pages.setMaxPageSize(MAX_PAGE_SIZE);
		resolvers.add(0, pages);
	}

	/** The order of a page is the one its statement gives (or its {@code @SortDefault}), never the request's. */
	private static final class FixedOrder extends SortHandlerMethodArgumentResolver {

		@Override
		public Sort resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
				NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
			return getDefaultFromAnnotationOrFallback(parameter);
		}

	}

}
