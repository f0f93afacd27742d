package id.jakpreneur.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PortalWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PortalWebTest
class StaffAccountTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Test
	void adminOpensAnOfficerAccountWithAnArea() throws Exception {
		String email = "petugas-" + UUID.randomUUID() + "@example.id";
		mvc.perform(post("/admin/users").with(DemoUsers.as(accounts, Role.ADMIN))
			.with(csrf())
			.param("fullName", "Rina Kusuma")
			.param("email", email)
			.param("role", "OFFICER")
			.param("areaCodes", "31.74", "31.74.01")
			.param("password", "Petugas-Selatan-1")).andExpect(redirectedUrl("/admin/users"));
		PortalUser officer = (PortalUser) accounts.loadUserByUsername(email);
		assertThat(officer.role()).isEqualTo(Role.OFFICER);
		assertThat(officer.areaCodes()).containsExactlyInAnyOrder("31.74", "31.74.01");
		assertThat(officer.covers("31.74.05.1001")).isTrue();
		assertThat(officer.covers("31.71.01.1001")).isFalse();
		// the administrator knows this password: the officer must choose their own before anything else,
		// a NIK reveal included
		assertThat(officer.mustChangePassword()).isTrue();
		jakarta.servlet.http.Cookie session = mvc
			.perform(formLogin("/login").user(email).password("Petugas-Selatan-1"))
			.andExpect(redirectedUrl("/account/password"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		mvc.perform(post("/officer/entrepreneurs/1/reveal").cookie(session).with(csrf()).param("reason", "Verifikasi"))
			.andExpect(redirectedUrl("/account/password"));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/officer").cookie(session))
			.andExpect(redirectedUrl("/account/password"));
	}

	@Test
	void refusesBadInputFieldByFieldAndSavesNothing() throws Exception {
		String email = "bad-" + UUID.randomUUID() + "@example.id";
		mvc.perform(post("/admin/users").with(DemoUsers.as(accounts, Role.ADMIN))
			.with(csrf())
			.param("fullName", "")
			.param("email", email)
			.param("role", "MENTOR")
			.param("areaCodes", "99.99")
			.param("password", "short"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "fullName", "NotBlank"))
			.andExpect(model().attributeHasFieldErrorCode("form", "areaCodes", "validation.invalidChoice"))
			.andExpect(model().attributeHasFieldErrorCode("form", "password", "password.policy.tooShort"))
			.andExpect(content().string(containsString("Wajib diisi.")));
		assertThat(accounts.isEmailFree(email)).isTrue();
	}

	@Test
	void officersAndMentorsNeedAnArea() throws Exception {
		mvc.perform(post("/admin/users").with(DemoUsers.as(accounts, Role.ADMIN))
			.with(csrf())
			.param("fullName", "Tanpa Wilayah")
			.param("email", "tanpa-" + UUID.randomUUID() + "@example.id")
			.param("role", "MENTOR")
			.param("password", "Pendamping-Baru-9"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "areaCodes", "account.area.required"));
	}

	@Test
	void cannotOpenEntrepreneurAccountsOrReuseAnEmail() throws Exception {
		mvc.perform(post("/admin/users").with(DemoUsers.as(accounts, Role.ADMIN))
			.with(csrf())
			.param("fullName", "Siti Lain")
			.param("email", "WARGA@demo.local")
			.param("role", "ENTREPRENEUR")
			.param("password", "Pendamping-Baru-9"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "role", "validation.invalidChoice"));
		mvc.perform(post("/admin/users").with(DemoUsers.as(accounts, Role.ADMIN))
			.with(csrf())
			.param("fullName", "Siti Lain")
			.param("email", "WARGA@demo.local")
			.param("role", "ADMIN")
			.param("password", "Pendamping-Baru-9"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "email", "account.email.taken"));
	}

	@Test
	void listIsPaginated() throws Exception {
		mvc.perform(get("/admin/users?size=2&page=0").with(DemoUsers.as(accounts, Role.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Halaman 1 dari")));
	}

}
