package id.jakpreneur.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PortalWebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@PortalWebTest
class LoginTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	@ParameterizedTest
	@EnumSource(Role.class)
	void eachDemoRoleLandsOnItsHome(Role role) throws Exception {
		MvcResult login = mvc.perform(formLogin("/login").user(DemoUsers.emailOf(role)).password(DemoUsers.PASSWORD))
			.andExpect(redirectedUrl(role.homePath()))
			.andReturn();
		Cookie session = login.getResponse().getCookie("SESSION");
		assertThat(session).as("session cookie").isNotNull();
		mvc.perform(get(role.homePath()).cookie(session)).andExpect(status().isOk());
	}

	@Test
	void emailIsCaseInsensitive() throws Exception {
		mvc.perform(formLogin("/login").user("  Admin@Demo.Local ").password(DemoUsers.PASSWORD))
			.andExpect(redirectedUrl("/admin"));
	}

	@Test
	void wrongPasswordReturnsToTheLoginPage() throws Exception {
		mvc.perform(formLogin("/login").user("warga@demo.local").password("salah-sekali-123"))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void failuresFromManyAddressesDelayTheAccountAndTheRealUserGetsInAfterTheDelay() throws Exception {
		String email = newEntrepreneur();
		// three free failures, then each one doubles the wait: rotating addresses does not help the attacker
		for (int i = 1; i <= 3; i++) {
			mvc.perform(loginRequest(email, "wrong-password-" + i).with(from("203.0.113." + i)))
				.andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(loginRequest(email, "wrong-password-4").with(from("203.0.113.4")))
			.andExpect(redirectedUrl("/login?error&wait=30"));
		// during the delay even the right password is not checked: the same answer, with the wait
		mvc.perform(loginRequest(email, "Rahasia-Usaha-2026").with(from("198.51.100.9")))
			.andExpect(redirectedUrlPattern("/login?error&wait=*"));
		assertThat(failures("ACCOUNT", email)).isEqualTo(4);
		// the delay passes; the real user gets in, from anywhere, and the account's count starts again
		jdbc.update("update login_failure set next_attempt = now() where subject = ?", email);
		mvc.perform(loginRequest(email, "Rahasia-Usaha-2026").with(from("198.51.100.9")))
			.andExpect(redirectedUrl("/me"));
		assertThat(failures("ACCOUNT", email)).isZero();
	}

	@Test
	void theDelayDoublesAndIsCapped() throws Exception {
		String email = newEntrepreneur();
		for (int i = 1; i <= 20; i++) {
			jdbc.update("update login_failure set next_attempt = now() where subject = ?", email);
			mvc.perform(loginRequest(email, "wrong-password-" + i).with(from("203.0.113." + i)));
		}
		assertThat(failures("ACCOUNT", email)).isEqualTo(20);
		Double wait = jdbc.queryForObject("select extract(epoch from next_attempt - last_failure) from login_failure "
				+ "where scope = 'ACCOUNT' and subject = ?", Double.class, email);
		assertThat(wait).as("capped at max-delay, 5 minutes").isEqualTo(300.0);
	}

	@Test
	void theLoginPageSaysHowLongToWait() throws Exception {
		mvc.perform(get("/login").param("error", "").param("wait", "7"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Coba lagi dalam 7 detik")));
		mvc.perform(get("/login").param("error", "").param("wait", "<b>"))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Coba lagi"))));
	}

	@Test
	void aPasswordOverBcryptsLimitIsAWrongPasswordNotAnError() throws Exception {
		mvc.perform(loginRequest("warga@demo.local", "é".repeat(70) + "12").with(from("192.0.2.72")))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void anonymousVisitorsAreSentToLogin() throws Exception {
		mvc.perform(get("/me")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void returnsToTheRequestedPageOfItsOwnRole() throws Exception {
		MvcResult first = mvc.perform(get("/admin/users")).andExpect(redirectedUrl("/login")).andReturn();
		Cookie anonymousSession = first.getResponse().getCookie("SESSION");
		mvc.perform(loginRequest("admin@demo.local", DemoUsers.PASSWORD).cookie(anonymousSession))
			.andExpect(redirectedUrl("/admin/users?continue"));
	}

	@Test
	void logoutNeedsPostWithCsrfToken() throws Exception {
		mvc.perform(post("/logout")).andExpect(status().isForbidden());
		mvc.perform(logout("/logout")).andExpect(redirectedUrl("/login?logout"));
	}

	@Test
	void sessionIdChangesAtLogin() throws Exception {
		MvcResult anonymous = mvc.perform(get("/me")).andReturn();
		Cookie before = anonymous.getResponse().getCookie("SESSION");
		MvcResult login = mvc
			.perform(loginRequest("warga@demo.local", DemoUsers.PASSWORD).cookie(before))
			.andReturn();
		assertThat(login.getResponse().getCookie("SESSION").getValue()).isNotEqualTo(before.getValue());
	}

	@Test
	void pagesCarrySecurityHeaders() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("script-src 'self'"),
							org.hamcrest.Matchers.containsString("frame-ancestors 'none'"))))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
	}

	@Test
	void theReturnAfterLoginIsRelativeSoNoHostHeaderIsReflected() throws Exception {
		MvcResult first = mvc.perform(get("/admin/users").header("Host", "evil.example"))
			.andExpect(redirectedUrl("/login"))
			.andReturn();
		mvc.perform(loginRequest("admin@demo.local", DemoUsers.PASSWORD).header("Host", "evil.example")
			.cookie(first.getResponse().getCookie("SESSION"))).andExpect(redirectedUrl("/admin/users?continue"));
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private int failures(String scope, String subject) {
		return jdbc.queryForObject("select coalesce(sum(failures), 0) from login_failure where scope = ? and subject = ?",
				Integer.class, scope, subject);
	}

	private static MockHttpServletRequestBuilder loginRequest(String email, String password) {
		return post("/login").param("username", email).param("password", password).with(csrf());
	}

	private String newEntrepreneur() {
		String email = "login-" + UUID.randomUUID() + "@example.id";
		accounts.open(new NewAccount(email, "Budi Santoso", Role.ENTREPRENEUR, "Rahasia-Usaha-2026", Set.of(), false));
		return email;
	}

}
