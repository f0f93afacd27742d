package id.jakpreneur.portal.eorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.support.PortalWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Buyer accounts (decision 122): the public request, approved by an administrator (the organisation found or made,
 * the buyer added, the BUYER login opened with an activation link to the work e-mail) or rejected with a reason; the
 * administrator's own organisations and buyers; every form checked beside its fields in both languages.
 */
@PortalWebTest
class BuyerAccountTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountManagement accounts;

	@Test
	void theRequestFormAnswersBesideEachFieldInBothLanguagesAndStoresNothing() throws Exception {
		long before = requests();
		String id = mvc.perform(request("", "", "", "bukan-email", "abc", "").param("lang", "id"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(id).contains("organisationKind-error", "organisationName-error", "fullName-error", "email-error",
				"phone-error", "position-error", "Wajib diisi.", "Alamat email tidak valid.",
				"Tulis nomor telepon, misalnya 021-3865-1234 atau 0812-3456-7890.");
		String en = mvc.perform(request("", "", "", "bukan-email", "abc", "").param("lang", "en"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(en).contains("organisationName-error", "Required.",
				"Write a phone number, for example 021-3865-1234 or 0812-3456-7890.");
		assertThat(requests()).isEqualTo(before);
	}

	@Test
	void anApprovedRequestOpensABuyerAccountWithAnActivationLinkInItsOrganisation() throws Exception {
		String email = "pengadaan-" + UUID.randomUUID() + "@sekolah.example.id";
		String school = "SMAN Uji " + UUID.randomUUID().toString().substring(0, 6);
		mvc.perform(request("SCHOOL", school, "Budi Santoso", email, "0812-3456-7890", "Bendahara"))
			.andExpect(redirectedUrl("/pembeli/daftar?sent=true"));
		assertThat(mvc.perform(get("/pembeli/daftar?sent=true")).andReturn().getResponse().getContentAsString())
			.contains("Permintaan terkirim.");
		mvc.perform(request("SCHOOL", school, "Budi Santoso", email, "0812-3456-7890", "Bendahara"))
			.andExpect(status().isOk());
		long id = jdbc.queryForObject("select id from buyer_request where email = ?", Long.class, email);
		assertThat(requests(email)).isEqualTo(1);

		PortalUser admin = admin();
		assertThat(page(admin, "/admin/buyers/requests")).contains("Budi Santoso", school);
		assertThat(page(admin, "/admin/buyers/requests/" + id)).contains(email, "Bendahara", "0812-3456-7890");
		assertThat(mvc.perform(post("/admin/buyers/requests/" + id + "/approve").with(user(admin)).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains(email);

		long accountId = accounts.findIdByLoginName(email).orElseThrow();
		PortalUser buyer = (PortalUser) accounts.loadUserByUsername(email);
		assertThat(buyer.role()).isEqualTo(Role.BUYER);
		assertThat(jdbc.queryForObject("select count(*) from outbox_message where account_id = ? and kind = "
				+ "'ACCOUNT_ACTIVATION' and channel = 'EMAIL'", Long.class, accountId)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select o.kind || ':' || o.name from buyer b join buyer_organisation o "
				+ "on o.id = b.organisation_id where b.account_id = ?", String.class, accountId))
			.isEqualTo("SCHOOL:" + school);
		assertThat(page(buyer, "/buyer")).contains(school, "Budi Santoso");

		mvc.perform(post("/admin/buyers/requests/" + id + "/approve").with(user(admin)).with(csrf()))
			.andExpect(flash().attribute("flashError", "eorder.request.decided"));
		mvc.perform(post("/admin/buyers/requests/" + id + "/reject").param("reason", "Sudah disetujui")
			.with(user(admin)).with(csrf())).andExpect(flash().attribute("flashError", "eorder.request.decided"));
	}

	@Test
	void aRejectedRequestKeepsItsReason() throws Exception {
		String email = "bumd-" + UUID.randomUUID() + "@example.id";
		mvc.perform(request("BUMD", "PT Uji Jaya", "Sari Dewi", email, "021-555-1234", "Staf"))
			.andExpect(redirectedUrl("/pembeli/daftar?sent=true"));
		long id = jdbc.queryForObject("select id from buyer_request where email = ?", Long.class, email);
		PortalUser admin = admin();
		assertThat(mvc.perform(post("/admin/buyers/requests/" + id + "/reject").param("reason", "x")
			.with(user(admin)).with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.contains("reason-error", "Tulis alasan 5 sampai 500 karakter.");
		mvc.perform(post("/admin/buyers/requests/" + id + "/reject").param("reason", "Bukan pejabat pengadaan")
			.with(user(admin)).with(csrf())).andExpect(redirectedUrl("/admin/buyers/requests"));
		assertThat(jdbc.queryForObject("select status || ':' || reject_reason from buyer_request where id = ?",
				String.class, id)).isEqualTo("REJECTED:Bukan pejabat pengadaan");
		assertThat(accounts.findIdByLoginName(email)).isEmpty();
		assertThat(page(admin, "/admin/buyers/requests?decided=true")).contains("Sari Dewi");
	}

	@Test
	void theAdministratorMakesOrganisationsAndBuyersAndOpensTheirLogins() throws Exception {
		PortalUser admin = admin();
		String name = "Dinas Uji " + UUID.randomUUID().toString().substring(0, 6);
		String created = mvc.perform(post("/admin/buyers").param("kind", "AGENCY").param("name", name)
			.param("cityCode", "31.71").with(user(admin)).with(csrf())).andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(mvc.perform(post("/admin/buyers").param("kind", "AGENCY").param("name", name.toUpperCase())
			.with(user(admin)).with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.contains("name-error", "Sudah ada organisasi dengan nama ini.");
		assertThat(mvc.perform(post("/admin/buyers").param("kind", "AGENCY").param("name", "Dinas X")
			.param("cityCode", "99.99").with(user(admin)).with(csrf())).andReturn().getResponse().getContentAsString())
			.contains("cityCode-error");

		String email = "rina-" + UUID.randomUUID() + "@jakarta.example.id";
		mvc.perform(post(created + "/buyers").param("fullName", "Rina Kartika").param("email", email)
			.with(user(admin)).with(csrf())).andExpect(redirectedUrl(created));
		assertThat(mvc.perform(post(created + "/buyers").param("fullName", "Rina Lain").param("email", email)
			.with(user(admin)).with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.contains("email-error", "Sudah ada pembeli dengan email ini.");
		long buyerId = jdbc.queryForObject("select id from buyer where email = ?", Long.class, email);
		assertThat(page(admin, created)).contains(name, "Rina Kartika", "Jakarta Pusat", "Belum punya akun");
		mvc.perform(post(created + "/buyers/" + buyerId + "/account").with(user(admin)).with(csrf()))
			.andExpect(status().isOk());
		assertThat(((PortalUser) accounts.loadUserByUsername(email)).role()).isEqualTo(Role.BUYER);
		mvc.perform(post(created + "/buyers/" + buyerId + "/account").with(user(admin)).with(csrf()))
			.andExpect(flash().attribute("flashError", "eorder.buyer.hasAccount"));
		mvc.perform(post("/admin/buyers/987654/buyers/" + buyerId + "/account").with(user(admin)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(page(admin, "/admin/buyers")).contains(name);
	}

	private MockHttpServletRequestBuilder request(String kind, String organisation, String name, String email,
			String phone, String position) {
		return post("/pembeli/daftar").param("organisationKind", kind).param("organisationName", organisation)
			.param("fullName", name).param("email", email).param("phone", phone).param("position", position)
			.with(csrf());
	}

	private String page(PortalUser who, String path) throws Exception {
		return mvc.perform(get(path).with(user(who))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	private PortalUser admin() {
		return (PortalUser) accounts.loadUserByUsername("admin@demo.local");
	}

	private long requests() {
		return jdbc.queryForObject("select count(*) from buyer_request", Long.class);
	}

	private long requests(String email) {
		return jdbc.queryForObject("select count(*) from buyer_request where email = ?", Long.class, email);
	}

}
