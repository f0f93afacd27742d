package id.jakpreneur.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.UUID;

import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.Mailbox;
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
	void adminOpensAnOfficerAccountWithAnAreaThatItsHolderActivatesWithTheCodeFromTheSlip() throws Exception {
		String email = "petugas-" + UUID.randomUUID() + "@example.id";
		ActivationSlip slip = (ActivationSlip) mvc.perform(post("/admin/users").with(DemoUsers.as(accounts, Role.ADMIN))
			.with(csrf())
			.param("fullName", "Rina Kusuma")
			.param("email", email)
			.param("role", "OFFICER")
			.param("areaCodes", "31.74", "31.74.01"))
			.andExpect(status().isOk())
			.andExpect(view().name(ActivationSlip.VIEW))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("slip");
		PortalUser officer = (PortalUser) accounts.loadUserByUsername(email);
		assertThat(officer.role()).isEqualTo(Role.OFFICER);
		assertThat(officer.areaCodes()).containsExactlyInAnyOrder("31.74", "31.74.01");
		assertThat(officer.covers("31.74.05.1001")).isTrue();
		assertThat(officer.covers("31.71.01.1001")).isFalse();
		// nobody chose a password: the account stays closed until its holder activates it
		assertThat(officer.isEnabled()).isFalse();
		assertThat(officer.mustChangePassword()).isFalse();
		assertThat(slip.loginName()).isEqualTo(email);
		assertThat(slip.code()).matches("[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}");
		mvc.perform(post("/activate").with(csrf())
			.param("loginName", email.toUpperCase(java.util.Locale.ROOT))
			.param("code", slip.code().toLowerCase(java.util.Locale.ROOT).replace("-", " "))
			.param("newPassword", "Petugas-Selatan-1")
			.param("confirmPassword", "Petugas-Selatan-1")).andExpect(redirectedUrl("/officer"));
		mvc.perform(formLogin("/login").user(email).password("Petugas-Selatan-1")).andExpect(redirectedUrl("/officer"));
	}

	@Test
	void theActivationLinkMailedToTheNewAccountLetsItsHolderChooseTheirPassword() throws Exception {
		String email = "pendamping-" + UUID.randomUUID() + "@example.id";
		mvc.perform(post("/admin/users").with(DemoUsers.as(accounts, Role.ADMIN))
			.with(csrf())
			.param("fullName", "Yusuf Hakim")
			.param("email", email)
			.param("role", "MENTOR")
			.param("areaCodes", "31.71.01")).andExpect(view().name(ActivationSlip.VIEW));
		java.util.regex.Matcher link = java.util.regex.Pattern.compile("/activate\\?token=([A-Za-z0-9_-]{43})")
			.matcher(Mailbox.text(Mailbox.awaitMailContaining(email, "/activate?token=")));
		assertThat(link.find()).isTrue();
		mvc.perform(get("/activate").param("token", link.group(1)))
			.andExpect(status().isOk())
			.andExpect(header().string("Referrer-Policy", "no-referrer"))
			.andExpect(content().string(containsString(email)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"code\""))));
		mvc.perform(post("/activate").with(csrf())
			.param("token", link.group(1))
			.param("newPassword", "Pendamping-Baru-9")
			.param("confirmPassword", "Pendamping-Baru-9")).andExpect(redirectedUrl("/mentor"));
		mvc.perform(post("/activate").with(csrf())
			.param("token", link.group(1))
			.param("newPassword", "Pendamping-Baru-9")
			.param("confirmPassword", "Pendamping-Baru-9"))
			.andExpect(status().isNotFound())
			.andExpect(model().attribute("invalidLink", true));
		mvc.perform(formLogin("/login").user(email).password("Pendamping-Baru-9")).andExpect(redirectedUrl("/mentor"));
	}

	@Test
	void refusesBadInputFieldByFieldAndSavesNothing() throws Exception {
		String email = "bad-" + UUID.randomUUID() + "@example.id";
		mvc.perform(post("/admin/users").with(DemoUsers.as(accounts, Role.ADMIN))
			.with(csrf())
			.param("fullName", "")
			.param("email", email)
			.param("role", "MENTOR")
			.param("areaCodes", "99.99"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "fullName", "NotBlank"))
			.andExpect(model().attributeHasFieldErrorCode("form", "areaCodes", "validation.invalidChoice"))
			.andExpect(content().string(containsString("Wajib diisi.")));
		assertThat(accounts.isEmailFree(email)).isTrue();
	}

	@Test
	void officersAndMentorsNeedAnArea() throws Exception {
		mvc.perform(post("/admin/users").with(DemoUsers.as(accounts, Role.ADMIN))
			.with(csrf())
			.param("fullName", "Tanpa Wilayah")
			.param("email", "tanpa-" + UUID.randomUUID() + "@example.id")
			.param("role", "MENTOR"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "areaCodes", "account.area.required"));
	}

	@Test
	void cannotOpenEntrepreneurAccountsOrReuseAnEmail() throws Exception {
		mvc.perform(post("/admin/users").with(DemoUsers.as(accounts, Role.ADMIN))
			.with(csrf())
			.param("fullName", "Siti Lain")
			.param("email", "WARGA@demo.local")
			.param("role", "ENTREPRENEUR"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "role", "validation.invalidChoice"));
		mvc.perform(post("/admin/users").with(DemoUsers.as(accounts, Role.ADMIN))
			.with(csrf())
			.param("fullName", "Siti Lain")
			.param("email", "WARGA@demo.local")
			.param("role", "ADMIN"))
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
