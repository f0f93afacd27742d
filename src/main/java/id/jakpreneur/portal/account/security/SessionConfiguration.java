package id.jakpreneur.portal.account.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions in PostgreSQL that hold under parallel requests, and no session for a visitor who only reads.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	/**
	 * Writes session attributes with {@code INSERT ... ON CONFLICT DO UPDATE}: two requests of one session that both
	 * add the same attribute (a browser loading several pages at once) no longer fail on the primary key.
	 */
	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionUpserts() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	@Bean
	CsrfTokenRepository csrfTokenRepository() {
		return new VisitorCsrfTokens();
	}

}
