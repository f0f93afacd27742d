package id.jakpreneur.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import jakarta.servlet.http.Cookie;

import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.QueryCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A logged-in person's pages read the session once and write it only when something changed; the last-access time
 * moves once a minute; the 30-minute idle timeout still ends an idle session and never an active one (decision 114).
 */
@PortalWebTest
class SessionWritesTests {

	private static final Duration IDLE_TIMEOUT = Duration.ofMinutes(30);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private Cookie session;

	private String sessionId;

	@BeforeEach
	void logIn() throws Exception {
		session = mvc.perform(formLogin().user(DemoUsers.emailOf(Role.ENTREPRENEUR)).password(DemoUsers.PASSWORD))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		sessionId = new String(Base64.getDecoder().decode(session.getValue()), StandardCharsets.UTF_8);
		// the first page makes the session's CSRF token: a change, written
		page("/notifications");
	}

	@Test
	void aPlainReadReadsTheSessionOnceAndWritesNothing() throws Exception {
		String version = rowVersion();
		for (int i = 0; i < 5; i++) {
			QueryCounter.reset();
			page("/notifications");
			// the session, the bell's count, the page's notices
			assertThat(QueryCounter.count()).as("statements of a logged-in page").isEqualTo(3);
		}
		assertThat(rowVersion()).as("the session's row was not written").isEqualTo(version);
	}

	@Test
	void theLastAccessTimeMovesOnceItIsAMinuteBehind() throws Exception {
		ageSession(Duration.ofSeconds(50));
		long fiftySecondsAgo = lastAccess();
		page("/notifications");
		assertThat(lastAccess()).as("50 seconds behind: kept").isEqualTo(fiftySecondsAgo);

		ageSession(Duration.ofSeconds(20));
		long before = System.currentTimeMillis();
		page("/notifications");
		assertThat(lastAccess()).as("70 seconds behind: written").isGreaterThanOrEqualTo(before);
		assertThat(expiry() - lastAccess()).isEqualTo(IDLE_TIMEOUT.toMillis());
	}

	@Test
	void anActiveSessionStaysOpenPastTheTimeoutFromItsLogin() throws Exception {
		ageSession(IDLE_TIMEOUT.minusSeconds(30));
		page("/notifications");
		ageSession(IDLE_TIMEOUT.minusSeconds(30));
		page("/notifications");
		assertThat(lastAccess()).isGreaterThan(System.currentTimeMillis() - 60_000);
	}

	@Test
	void anIdleSessionEndsAfterThirtyMinutes() throws Exception {
		ageSession(IDLE_TIMEOUT.plusSeconds(1));
		mvc.perform(get("/notifications").cookie(session)).andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		assertThat(jdbc.sql("select count(*) from spring_session where session_id = ?")
			.param(sessionId)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void staticFilesDoNotReadTheSession() throws Exception {
		QueryCounter.reset();
		mvc.perform(get("/assets/css/portal.css").cookie(session)).andExpect(status().isOk());
		assertThat(QueryCounter.count()).isZero();
	}

	private void page(String path) throws Exception {
		mvc.perform(get(path).cookie(session)).andExpect(status().isOk());
	}

	/** Moves the session's last access (and so its expiry) this much into the past, as if that time had passed. */
	private void ageSession(Duration by) {
		jdbc.sql("""
				update spring_session set last_access_time = last_access_time - :millis,
				expiry_time = expiry_time - :millis where session_id = :id""")
			.param("millis", by.toMillis())
			.param("id", sessionId)
			.update();
	}

	private String rowVersion() {
		return jdbc.sql("select xmin::text from spring_session where session_id = ?")
			.param(sessionId)
			.query(String.class)
			.single();
	}

	private long lastAccess() {
		return jdbc.sql("select last_access_time from spring_session where session_id = ?")
			.param(sessionId)
			.query(Long.class)
			.single();
	}

	private long expiry() {
		return jdbc.sql("select expiry_time from spring_session where session_id = ?")
			.param(sessionId)
			.query(Long.class)
			.single();
	}

}
