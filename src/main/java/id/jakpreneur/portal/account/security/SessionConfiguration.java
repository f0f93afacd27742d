package id.jakpreneur.portal.account.security;

import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.session.config.annotation.web.http.EnableSpringHttpSession;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMapManager;

/**
 * Sessions in PostgreSQL that hold under parallel requests, written only when they change, and no session for a
 * visitor who only reads. Spring Session's JDBC repository is built here rather than by Spring Boot, because the web
 * uses it through {@link ChangedOnlySessions} (docs/decisions.md 114); Spring Boot's cookie settings
 * ({@code server.servlet.session.cookie.*}) and the filter's registration still apply, the {@code spring.session.jdbc.*}
 * properties do not (the table is made by Flyway, expired sessions are deleted by {@link SessionCleanup}).
 */
@Configuration(proxyBeanMethods = false)
@EnableSpringHttpSession
class SessionConfiguration {

	@Bean
	ChangedOnlySessions sessionRepository(DataSource dataSource, JdbcOperations jdbcOperations,
			@Value("${server.servlet.session.timeout:30m}") Duration idleTimeout,
			@Value("${jakpreneur.security.session.touch-interval:1m}") Duration touch) {
		// reads and single deletes run on their own; ChangedOnlySessions puts each save in one transaction
		JdbcIndexedSessionRepository jdbc = new JdbcIndexedSessionRepository(jdbcOperations,
				TransactionOperations.withoutTransaction());
		jdbc.setDefaultMaxInactiveInterval(idleTimeout);
		jdbc.setCleanupCron("-");
		jdbc.setConversionService(serialisation(ChangedOnlySessions.class.getClassLoader()));
		// attributes are written with INSERT ... ON CONFLICT DO UPDATE: two requests of one session that both add the
		// same attribute (a browser loading several pages at once) no longer fail on the primary key
		new PostgreSqlJdbcIndexedSessionRepositoryCustomizer().customize(jdbc);
		TransactionTemplate saves = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		saves.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		return new ChangedOnlySessions(jdbc, saves, touch);
	}

	/** Attributes as Java serialisation, read back with the portal's own class loader (the jar's, in production). */
	private static GenericConversionService serialisation(ClassLoader classLoader) {
		GenericConversionService conversion = new GenericConversionService();
		conversion.addConverter(Object.class, byte[].class, new SerializingConverter());
		conversion.addConverter(byte[].class, Object.class, new DeserializingConverter(classLoader));
		return conversion;
	}

	@Bean
	CsrfTokenRepository csrfTokenRepository() {
		return new VisitorCsrfTokens();
	}

	/** Spring MVC's flash attributes, never looked up for a static file. */
	@Bean(DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
	FlashMapManager flashMapManager() {
		return new StaticFilesWithoutFlashMaps();
	}

}
