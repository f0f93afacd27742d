package id.jakpreneur.portal.support;

import java.util.Locale;
import java.util.Map;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Draws one of the portal's templates (a test template under {@code templates/test/} that uses fragments other
 * modules share, say) with a model of the test's making, as the portal's view resolver would, outside any controller.
 */
public final class TemplateDrawing {

	private TemplateDrawing() {
	}

	public static void draw(WebApplicationContext context, String template, Locale locale, Map<String, ?> model,
			MockHttpServletResponse response) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest(context.getServletContext(), "GET", "/test");
		request.setAttribute(WebApplicationContext.ROOT_WEB_APPLICATION_CONTEXT_ATTRIBUTE, context);
		request.setAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE, context);
		request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, new FixedLocaleResolver(locale));
		context.getBean(ThymeleafViewResolver.class).resolveViewName(template, locale).render(model, request, response);
	}

}
