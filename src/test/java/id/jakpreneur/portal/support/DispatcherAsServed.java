package id.jakpreneur.portal.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * MockMvc's dispatcher as the served one is: Spring Boot sets the real DispatcherServlet's "request handled" events
 * from {@code spring.mvc.publish-request-handled-events}, MockMvc's own dispatcher ignores the setting. With the
 * events on, every request asks for its session id (a read of the session row, decision 114), so tests that count
 * statements would count one the server does not make.
 */
@TestConfiguration(proxyBeanMethods = false)
public class DispatcherAsServed {

	@Bean
	MockMvcBuilderCustomizer dispatcherEventsAsServed(Environment environment) {
		boolean publish = environment.getProperty("spring.mvc.publish-request-handled-events", Boolean.class, true);
		return builder -> builder
			.addDispatcherServletCustomizer(dispatcher -> dispatcher.setPublishEvents(publish));
	}

}
