package id.jakpreneur.portal.account;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import id.jakpreneur.portal.entrepreneur.domain.NewRegistration;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.entrepreneur.domain.RegistrationChannel;
import id.jakpreneur.portal.support.Citizens;
import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PortalWebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PortalWebTest
class PasswordChangeTests {

	private static final String OLD = "Pendamping-Lama-1";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Registration registration;

	private String email;

	private UserDetails me;

	@BeforeEach
	void newMentor() {
		email = "mentor-" + UUID.randomUUID() + "@example.id";
		accounts.open(new NewAccount(email, "Dewi Lestari", Role.MENTOR, OLD, Set.of("31.71.01"), false));
		me = accounts.loadUserByUsername(email);
	}

	@Test
	void anAccountOpenedBySomeoneElseMustChooseItsOwnPasswordBeforeAnythingElse() throws Exception {
		String staffMade = "mentor-" + UUID.randomUUID() + "@example.id";
		accounts.open(new NewAccount(staffMade, "Rina Wati", Role.MENTOR, OLD, Set.of("31.71.01"), true));
		Cookie session = login(staffMade, OLD, "/account/password");
		mvc.perform(get("/mentor").cookie(session)).andExpect(redirectedUrl("/account/password"));
		mvc.perform(get("/account/notifications").cookie(session)).andExpect(redirectedUrl("/account/password"));
		mvc.perform(post("/mentor/profile").cookie(session).with(csrf())).andExpect(redirectedUrl("/account/password"));
		mvc.perform(get("/account/password").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("dibuat oleh petugas atau administrator")))
			// no menu or bell while every link would lead back here
			.andExpect(content().string(not(containsString("href=\"/mentor\""))))
			.andExpect(content().string(not(containsString("href=\"/account/notifications\""))));
		// keeping the password someone else chose is not choosing one
		mvc.perform(changeRequest(OLD, OLD).cookie(session))
			.andExpect(model().attributeHasFieldErrorCode("form", "newPassword", "password.new.same"));
		MvcResult changed = mvc.perform(changeRequest(OLD, "Pendamping-Baru-2").cookie(session))
			.andExpect(redirectedUrl("/mentor"))
			.andReturn();
		Cookie renewed = changed.getResponse().getCookie("SESSION");
		mvc.perform(get("/mentor").cookie(renewed)).andExpect(status().isOk());
		login(staffMade, "Pendamping-Baru-2", "/mentor");
	}

	@Test
	void aCitizenRegisteredAtTheDeskMustChooseTheirOwnPasswordButNotOneWhoRegisteredOnline() throws Exception {
		NewRegistration form = Citizens.runningKuliner(Citizens.email("loket"), "31.71.01.1001");
		long officer = ((PortalUser) accounts.loadUserByUsername(DemoUsers.emailOf(Role.OFFICER))).accountId();
		registration.register(new NewRegistration(form.email(), form.password(), form.person(), form.business(),
				form.consentVersion(), RegistrationChannel.WALK_IN, officer));
		login(form.email(), Citizens.PASSWORD, "/account/password");
		NewRegistration online = Citizens.runningKuliner(Citizens.email("daring"), "31.71.01.1001");
		registration.register(online);
		login(online.email(), Citizens.PASSWORD, "/me");
	}

	@Test
	void aChangeEndsTheAccountsOtherSessions() throws Exception {
		Cookie here = login(email, OLD, "/mentor");
		Cookie elsewhere = login(email, OLD, "/mentor");
		mvc.perform(get("/mentor").cookie(elsewhere)).andExpect(status().isOk());
		MvcResult changed = mvc.perform(changeRequest(OLD, "Pendamping-Baru-2").cookie(here))
			.andExpect(redirectedUrl("/mentor"))
			.andReturn();
		mvc.perform(get("/mentor").cookie(elsewhere)).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/mentor").cookie(changed.getResponse().getCookie("SESSION"))).andExpect(status().isOk());
	}

	@Test
	void guessingTheCurrentPasswordIsDelayedLikeALogin() throws Exception {
		for (int i = 1; i <= 3; i++) {
			mvc.perform(changeRequest("bukan-ini-" + i, "Pendamping-Baru-2").with(user(me)))
				.andExpect(model().attributeHasFieldErrorCode("form", "currentPassword", "password.current.wrong"));
		}
		mvc.perform(changeRequest("bukan-ini-4", "Pendamping-Baru-2").with(user(me)))
			.andExpect(model().attributeHasFieldErrorCode("form", "currentPassword", "password.current.wait"));
		// not even the right one is checked during the delay
		mvc.perform(changeRequest(OLD, "Pendamping-Baru-2").with(user(me)))
			.andExpect(model().attributeHasFieldErrorCode("form", "currentPassword", "password.current.wait"));
		mvc.perform(formLogin("/login").user(email).password(OLD)).andExpect(redirectedUrlPattern("/login?error&wait=*"));
	}

	@Test
	void aPasswordOverBcryptsLimitIsAMessageNotAnError() throws Exception {
		String tooLong = "é".repeat(70) + "12";
		mvc.perform(changeRequest(OLD, tooLong).with(user(me)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "newPassword", "password.policy.tooLong"));
		mvc.perform(changeRequest(tooLong, "Pendamping-Baru-2").with(user(me)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "currentPassword", "password.current.wrong"));
	}

	@Test
	void aSessionEndsTwelveHoursAfterLoginHoweverActive() throws Exception {
		Cookie session = login(email, OLD, "/mentor");
		mvc.perform(get("/mentor").cookie(session)).andExpect(status().isOk());
		String id = new String(Base64.getDecoder().decode(session.getValue()), StandardCharsets.UTF_8);
		jdbc.update("update spring_session set creation_time = creation_time - ? where session_id = ?",
				Duration.ofHours(12).plusMinutes(1).toMillis(), id);
		mvc.perform(get("/mentor").cookie(session)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void changesThePasswordAndTheNewOneWorks() throws Exception {
		mvc.perform(post("/account/password").with(user(me))
			.with(csrf())
			.param("currentPassword", OLD)
			.param("newPassword", "Pendamping-Baru-2")
			.param("confirmPassword", "Pendamping-Baru-2")).andExpect(redirectedUrl("/mentor"));
		mvc.perform(formLogin("/login").user(email).password("Pendamping-Baru-2")).andExpect(redirectedUrl("/mentor"));
		mvc.perform(formLogin("/login").user(email).password(OLD)).andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void wrongCurrentPasswordIsAFieldError() throws Exception {
		mvc.perform(post("/account/password").with(user(me))
			.with(csrf())
			.param("currentPassword", "bukan-ini-123")
			.param("newPassword", "Pendamping-Baru-2")
			.param("confirmPassword", "Pendamping-Baru-2"))
			.andExpect(status().isOk())
			.andExpect(view().name("account/password"))
			.andExpect(model().attributeHasFieldErrorCode("form", "currentPassword", "password.current.wrong"));
	}

	private Cookie login(String login, String password, String expectedTarget) throws Exception {
		MvcResult result = mvc.perform(formLogin("/login").user(login).password(password))
			.andExpect(redirectedUrl(expectedTarget))
			.andReturn();
		return result.getResponse().getCookie("SESSION");
	}

	private static MockHttpServletRequestBuilder changeRequest(String current, String next) {
		return post("/account/password").with(csrf())
			.param("currentPassword", current)
			.param("newPassword", next)
			.param("confirmPassword", next);
	}

	@Test
	void weakOrMismatchedPasswordsAreRefused() throws Exception {
		mvc.perform(post("/account/password").with(user(me))
			.with(csrf())
			.param("currentPassword", OLD)
			.param("newPassword", "pendek")
			.param("confirmPassword", "lain"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "newPassword", "password.policy.tooShort"))
			.andExpect(model().attributeHasFieldErrorCode("form", "confirmPassword", "password.confirm.mismatch"));
		mvc.perform(formLogin("/login").user(email).password(OLD)).andExpect(redirectedUrl("/mentor"));
	}

}
