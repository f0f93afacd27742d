package id.jakpreneur.portal.config.web;

import java.time.Duration;
import java.util.Arrays;

import javax.sql.DataSource;

import jakarta.servlet.DispatcherType;

import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.thymeleaf.ITemplateEngine;

/**
 * The edge of every request: its id first, then the net that turns any failure into the portal's own answer
 * (503 for the database, 500 otherwise), both outside Spring Session's and Spring Security's filters and for the
 * error dispatch too; and Tomcat's error report replaced by the portal's bare page.
 */
@Configuration(proxyBeanMethods = false)
class EdgeConfiguration {

	@Bean
	BareErrorPage bareErrorPage(ITemplateEngine templates, MessageSource messages) {
		return new BareErrorPage(templates, messages);
	}

	@Bean
	FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
		FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
		return registration;
	}

	@Bean
	FilterRegistrationBean<RequestFailureFilter> requestFailureFilter(BareErrorPage page,
			@Value("${jakpreneur.web.retry-after:PT10S}") Duration retryAfter, DataSource dataSource) {
		FilterRegistrationBean<RequestFailureFilter> registration = new FilterRegistrationBean<>(
				new RequestFailureFilter(page, new FailureLog(), retryAfter, dataSource));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> portalErrorReport(ObjectProvider<BareErrorPage> page) {
		return factory -> factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
			// when the context starts, the host's valves are all in place: Spring Boot's and Tomcat's default report
			if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
				replaceErrorReport(context.getParent(), new PortalErrorReportValve(page::getObject));
			}
		}));
	}

	private static void replaceErrorReport(Container host, PortalErrorReportValve valve) {
		Valve[] valves = host.getPipeline().getValves();
		if (Arrays.stream(valves).anyMatch(PortalErrorReportValve.class::isInstance)) {
			return;
		}
		Arrays.stream(valves).filter(ErrorReportValve.class::isInstance).forEach(host.getPipeline()::removeValve);
		host.getPipeline().addValve(valve);
	}

}
