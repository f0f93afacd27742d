package id.jakpreneur.portal.config.database;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The pool's connections carry the short timeouts of web work (application.properties: {@code statement_timeout},
 * {@code lock_timeout}, the socket timeout). Flyway migrates through plain connections of its own, opened with the
 * same URL and account but without them: a migration rewriting a large table must not meet a page's limits. And a
 * request that could not get a connection does not wait for one again ({@link RequestConnectionGate}).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	@Bean
	FlywayConfigurationCustomizer migrateWithoutWebTimeouts(JdbcConnectionDetails connection) {
		return configuration -> configuration.dataSource(connection.getJdbcUrl(), connection.getUsername(),
				connection.getPassword());
	}

	@Bean
	static BeanPostProcessor requestConnectionGate() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return bean instanceof DataSource dataSource && !(bean instanceof RequestConnectionGate)
						&& "dataSource".equals(name) ? new RequestConnectionGate(dataSource) : bean;
			}
		};
	}

}
