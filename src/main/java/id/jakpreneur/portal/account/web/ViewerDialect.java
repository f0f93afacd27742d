package id.jakpreneur.portal.account.web;

import java.util.Set;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Gives every template {@code #viewer} ({@link Viewer}), built once per page from the security context. The layout
 * draws its menus from it: Thymeleaf's {@code sec:authorize} looked up the expression handler among all beans, then
 * parsed and evaluated a Spring Security expression for each of its eighteen menu items and bells: a third of the
 * CPU of {@code /login}, 12-20 % of a logged-in page's (docs/decisions.md 114). An object of the dialect rather than a model attribute, so pages
 * drawn without the controllers' model (an exception handler's) see the same viewer.
 */
@Component
class ViewerDialect extends AbstractDialect implements IExpressionObjectDialect {

	static final String NAME = "viewer";

	ViewerDialect() {
		super("portal-viewer");
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of(NAME);
			}

			@Override
			public Object buildObject(IExpressionContext context, String name) {
				return NAME.equals(name) ? Viewer.of(SecurityContextHolder.getContext().getAuthentication()) : null;
			}

			@Override
			public boolean isCacheable(String name) {
				return true;
			}

		};
	}

}
