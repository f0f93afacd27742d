package id.jakpreneur.portal.config.time;

import java.time.Clock;

import id.jakpreneur.portal.shared.Jakarta;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock of the portal, in Jakarta's zone. Tests that need another "now" declare a {@code @Primary} clock of their own. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock() {
		return Clock.system(Jakarta.ZONE);
	}

}
