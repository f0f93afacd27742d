package id.jakpreneur.portal.account;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.Set;
import java.util.UUID;

import id.jakpreneur.portal.support.PortalWebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

@PortalWebTest
class PasswordChangeTests {

	private static final String OLD = "Pendamping-Lama-1";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	private String email;

	private UserDetails me;

	@BeforeEach
	void newMentor() {
		email = "mentor-" + UUID.randomUUID() + "@example.id";
		accounts.open(new NewAccount(email, "Dewi Lestari", Role.MENTOR, OLD, Set.of("31.71.01")));
		me = accounts.loadUserByUsername(email);
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
