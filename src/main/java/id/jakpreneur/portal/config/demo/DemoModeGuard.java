package id.jakpreneur.portal.config.demo;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Demo mode creates accounts whose password is public (the route map's demo accounts). A production instance marks
 * itself with {@code JAKPRENEUR_ENVIRONMENT=production} ({@code jakpreneur.environment}); with that marker the
 * portal refuses to start in demo mode, before any demo data is written: this bean exists only in demo mode and
 * demo data is created only when the context starts its lifecycle (config.lifecycle.DemoDataBeforeTraffic), after
 * every bean was created.
 */
@Component
@ConditionalOnBooleanProperty("jakpreneur.demo.enabled")
class DemoModeGuard {

	static final String PRODUCTION = "production";

	DemoModeGuard(@Value("${jakpreneur.environment:}") String environment) {
		if (PRODUCTION.equals(environment.strip().toLowerCase(Locale.ROOT))) {
			throw new IllegalStateException("Demo mode (JAKPRENEUR_DEMO_ENABLED=true) creates accounts with a public "
					+ "password and refuses to start where JAKPRENEUR_ENVIRONMENT=production");
		}
	}

}
