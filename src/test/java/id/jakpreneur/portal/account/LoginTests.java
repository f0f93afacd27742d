package id.jakpreneur.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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
	void repeatedFailuresLockThatAddressForAWhileButNotOthers() throws Exception {
		String email = newEntrepreneur();
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin("/login").user(email).password("wrong-password-" + i))
				.andExpect(redirectedUrl("/login?error"));
		}
		// even the right password is refused from this address now
		mvc.perform(formLogin("/login").user(email).password("Rahasia-Usaha-2026"))
			.andExpect(redirectedUrl("/login?locked"));
		// the real user elsewhere is not locked out
		mvc.perform(loginRequest(email, "Rahasia-Usaha-2026").with(r -> {
			r.setRemoteAddr("203.0.113.7");
			return r;
		})).andExpect(redirectedUrl("/me"));
		// and the lock expires
		jdbc.update("update login_throttle set locked_until = now() - interval '1 second' where throttle_key like ?",
				email + "|%");
		mvc.perform(formLogin("/login").user(email).password("Rahasia-Usaha-2026")).andExpect(redirectedUrl("/me"));
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
			.andExpect(redirectedUrl("http://localhost/admin/users?continue"));
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

	private static MockHttpServletRequestBuilder loginRequest(String email, String password) {
		return post("/login").param("username", email).param("password", password).with(csrf());
	}

	private String newEntrepreneur() {
		String email = "login-" + UUID.randomUUID() + "@example.id";
		accounts.open(new NewAccount(email, "Budi Santoso", Role.ENTREPRENEUR, "Rahasia-Usaha-2026", Set.of()));
		return email;
	}

}
