package id.jakpreneur.portal.partner;

import id.jakpreneur.portal.partner.domain.ContactDraft;
import id.jakpreneur.portal.partner.domain.OfferDraft;
import id.jakpreneur.portal.partner.query.PartnerDetails;
import id.jakpreneur.portal.assessment.SizeClass;
import id.jakpreneur.portal.assessment.Phase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.ActivationSlip;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PortalWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The partner register's forms: validation field by field, nothing half saved, and contact logins. Administrators keep
 * the register; officers read it (decision 82).
 */
@PortalWebTest
class PartnerPagesTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	PartnerManagement partners;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAdministratorRegistersAPartnerWithItsMou() throws Exception {
		String name = "Universitas Uji " + UUID.randomUUID();
		String location = mvc
			.perform(post("/officer/partners").with(DemoUsers.as(accounts, Role.ADMIN))
				.with(csrf())
				.param("kind", "UNIVERSITY")
				.param("name", name)
				.param("mouNumber", "MOU/UJI/2026/07")
				.param("mouStart", "2026-01-01")
				.param("mouEnd", "2028-12-31"))
			.andExpect(redirectedUrlPattern("/officer/partners/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		mvc.perform(get(location).with(DemoUsers.as(accounts, Role.OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString("MOU/UJI/2026/07")));
	}

	@Test
	void refusesAnIncompleteOrBackwardsMouAndSavesNothing() throws Exception {
		String name = "Koperasi Setengah " + UUID.randomUUID();
		mvc.perform(post("/officer/partners").with(DemoUsers.as(accounts, Role.ADMIN))
			.with(csrf())
			.param("kind", "NGO")
			.param("name", name)
			.param("mouNumber", "MOU/1")
			.param("mouEnd", "2027-01-01"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "mouStart", "partner.mou.incomplete"))
			.andExpect(content().string(containsString("Lengkapi nomor, tanggal mulai, dan tanggal berakhir MoU.")));
		mvc.perform(post("/officer/partners").with(DemoUsers.as(accounts, Role.ADMIN))
			.with(csrf())
			.param("kind", "NGO")
			.param("name", name)
			.param("mouNumber", "MOU/1")
			.param("mouStart", "2027-01-02")
			.param("mouEnd", "2027-01-01"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "mouEnd", "partner.mou.endBeforeStart"));
		mvc.perform(post("/officer/partners").with(DemoUsers.as(accounts, Role.ADMIN))
			.with(csrf())
			.param("name", "<script>")
			.param("mouNumber", "MOU;DROP"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "kind", "NotNull"))
			.andExpect(model().attributeHasFieldErrorCode("form", "name", "Pattern"))
			.andExpect(model().attributeHasFieldErrorCode("form", "mouNumber", "Pattern"));
		assertThat(jdbc.queryForObject("select count(*) from partner_organisation where name = ?", Integer.class, name))
			.isZero();
	}

	@Test
	void aPartnerNameIsUniqueWhateverTheCase() throws Exception {
		String name = "Bank Uji " + UUID.randomUUID();
		partners.create(admin(), new PartnerDraft(PartnerKind.BANK, name, null, null, null));
		mvc.perform(post("/officer/partners").with(DemoUsers.as(accounts, Role.ADMIN))
			.with(csrf())
			.param("kind", "BANK")
			.param("name", name.toUpperCase()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "name", "partner.name.taken"));
	}

	@Test
	void theListFlagsMousEndingWithinSixtyDaysAndEndedOnes() throws Exception {
		String prefix = "Flag " + UUID.randomUUID();
		partners.create(admin(), new PartnerDraft(PartnerKind.COMPANY, prefix + " segera", "MOU/A",
				TODAY.minusYears(1), TODAY.plusDays(30)));
		partners.create(admin(), new PartnerDraft(PartnerKind.COMPANY, prefix + " lewat", "MOU/B",
				TODAY.minusYears(2), TODAY.minusDays(1)));
		String page = mvc.perform(get("/officer/partners?size=2000").with(DemoUsers.as(accounts, Role.OFFICER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.substring(page.indexOf(prefix + " segera"))).contains("Segera berakhir");
		assertThat(page.substring(page.indexOf(prefix + " lewat"))).contains("Sudah berakhir");
	}

	@Test
	void contactsAreValidatedAndUniquePerOrganisation() throws Exception {
		long id = partners.create(admin(), new PartnerDraft(PartnerKind.BUMD, "BUMD " + UUID.randomUUID(), null, null,
				null));
		mvc.perform(post("/officer/partners/" + id + "/contacts").with(DemoUsers.as(accounts, Role.ADMIN))
			.with(csrf())
			.param("fullName", "")
			.param("email", "bukan-email")
			.param("phone", "telepon"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("contactForm", "fullName", "NotBlank"))
			.andExpect(model().attributeHasFieldErrorCode("contactForm", "email", "Email"))
			.andExpect(model().attributeHasFieldErrorCode("contactForm", "phone", "Pattern"));
		mvc.perform(post("/officer/partners/" + id + "/contacts").with(DemoUsers.as(accounts, Role.ADMIN))
			.with(csrf())
			.param("fullName", "Dewi Lestari")
			.param("email", "dewi@bumd.example.id")
			.param("phone", "021-555-1234")).andExpect(redirectedUrl("/officer/partners/" + id));
		mvc.perform(post("/officer/partners/" + id + "/contacts").with(DemoUsers.as(accounts, Role.ADMIN))
			.with(csrf())
			.param("fullName", "Dewi Lain")
			.param("email", "DEWI@bumd.example.id"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("contactForm", "email", "partner.contact.email.taken"));
		assertThat(partners.get(id).contacts()).singleElement().satisfies(c -> assertThat(c.phone()).isEqualTo("021-555-1234"));
	}

	@Test
	void onlyAnAdministratorOpensAContactsPartnerLoginAndItLandsOnThePartnerHome() throws Exception {
		long id = partners.create(admin(), new PartnerDraft(PartnerKind.MARKETPLACE, "Pasar Daring " + UUID.randomUUID(),
				null, null, null));
		String email = "kontak-" + UUID.randomUUID() + "@mitra.example.id";
		long contact = partners.addContact(id, new ContactDraft("Rina Mitra", email, null));
		String url = "/officer/partners/" + id + "/contacts/" + contact + "/account";
		mvc.perform(post(url).with(DemoUsers.as(accounts, Role.OFFICER)).with(csrf())).andExpect(status().isForbidden());
		assertThat(accounts.isEmailFree(email)).isTrue();
		ActivationSlip slip = (ActivationSlip) mvc.perform(post(url).with(DemoUsers.as(accounts, Role.ADMIN)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name(ActivationSlip.VIEW))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("slip");
		PortalUser partner = (PortalUser) accounts.loadUserByUsername(email);
		assertThat(partner.role()).isEqualTo(Role.PARTNER);
		assertThat(partner.isEnabled()).isFalse();
		assertThat(partners.partnerOf(partner)).contains(id);
		mvc.perform(post(url).with(DemoUsers.as(accounts, Role.ADMIN)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attribute("accountError", "partner.account.exists"));
		// nobody chose the contact's password: they do, with the code on the slip
		mvc.perform(post("/activate").with(csrf())
			.param("loginName", email)
			.param("code", slip.code())
			.param("newPassword", "Mitra-Baru-2026")
			.param("confirmPassword", "Mitra-Baru-2026")).andExpect(redirectedUrl("/partner"));
		mvc.perform(formLogin("/login").user(email).password("Mitra-Baru-2026")).andExpect(redirectedUrl("/partner"));
	}

	@Test
	void offersAreValidatedAndKeepTheirTargets() throws Exception {
		long id = partners.create(admin(), new PartnerDraft(PartnerKind.COMPANY, "Perusahaan " + UUID.randomUUID(), null,
				null, null));
		mvc.perform(post("/officer/partners/" + id + "/offers").with(DemoUsers.as(accounts, Role.ADMIN))
			.with(csrf())
			.param("kind", "SALES_CHANNEL")
			.param("title", "")
			.param("description", "Etalase di gerai")
			.param("sizeFrom", "KECIL")
			.param("sizeTo", "MIKRO")
			.param("areaCodes", "31.71", "99.99"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "title", "NotBlank"))
			.andExpect(model().attributeHasFieldErrorCode("form", "sizeTo", "partner.offer.size.order"))
			.andExpect(model().attributeHasFieldErrorCode("form", "areaCodes", "validation.invalidChoice"));
		mvc.perform(post("/officer/partners/" + id + "/offers").with(DemoUsers.as(accounts, Role.ADMIN))
			.with(csrf())
			.param("kind", "CAPITAL")
			.param("title", "Modal")
			.param("description", "Pinjaman")
			.param("sizeTo", "BESAR"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "sizeTo", "validation.invalidChoice"));
		assertThat(partners.get(id).offers()).isEmpty();
		mvc.perform(post("/officer/partners/" + id + "/offers").with(DemoUsers.as(accounts, Role.ADMIN))
			.with(csrf())
			.param("kind", "SALES_CHANNEL")
			.param("title", "Etalase Gerai Uji")
			.param("description", "Etalase di gerai milik DKI")
			.param("sectors", "KULINER", "KRIYA")
			.param("sizeFrom", "MIKRO")
			.param("sizeTo", "KECIL")
			.param("areaCodes", "31.71", "31.74.01")
			.param("phases", "GROWING")
			.param("active", "true")).andExpect(redirectedUrl("/officer/partners/" + id));
		OfferView offer = partners.get(id).offers().get(0);
		assertThat(offer.target().areaCodes()).containsExactlyInAnyOrder("31.71", "31.74.01");
		assertThat(offer.target().phases()).containsExactly(Phase.GROWING);
		assertThat(offer.target().sizeFrom()).isEqualTo(SizeClass.MIKRO);
		mvc.perform(get("/officer/partners/" + id + "/offers/" + offer.id() + "/edit")
			.with(DemoUsers.as(accounts, Role.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Etalase Gerai Uji")));
		mvc.perform(post("/officer/partners/" + id + "/offers/" + offer.id() + "/edit")
			.with(DemoUsers.as(accounts, Role.ADMIN))
			.with(csrf())
			.param("kind", "SALES_CHANNEL")
			.param("title", "Etalase Gerai Uji")
			.param("description", "Ditutup sementara")
			.param("_active", "on")).andExpect(redirectedUrl("/officer/partners/" + id));
		assertThat(partners.get(id).offers().get(0).active()).isFalse();
		mvc.perform(get("/officer/partners/" + id).with(DemoUsers.as(accounts, Role.OFFICER)))
			.andExpect(content().string(not(containsString("/officer/referrals/new?offerId=" + offer.id()))));
	}

	@Test
	void officersReadThePartnerRegisterButOnlyAdministratorsChangeIt() throws Exception {
		String name = "Mitra Baca " + UUID.randomUUID();
		long id = partners.create(admin(), new PartnerDraft(PartnerKind.UNIVERSITY, name, null, null, null));
		long offer = partners.addOffer(id, new OfferDraft(OfferKind.TRAINING, "Kelas Baca", "Kelas",
				new OfferTarget(Set.of(), null, null, Set.of(), Set.of()), true));
		String edit = "/officer/partners/" + id + "/edit";
		mvc.perform(get("/officer/partners").with(DemoUsers.as(accounts, Role.OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("href=\"/officer/partners/new\""))));
		mvc.perform(get("/officer/partners/" + id).with(DemoUsers.as(accounts, Role.OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(not(containsString(edit))))
			.andExpect(content().string(not(containsString("action=\"/officer/partners/" + id + "/contacts\""))));
		mvc.perform(get("/officer/partners/new").with(DemoUsers.as(accounts, Role.OFFICER)))
			.andExpect(status().isForbidden());
		mvc.perform(get(edit).with(DemoUsers.as(accounts, Role.OFFICER))).andExpect(status().isForbidden());
		mvc.perform(post(edit).with(DemoUsers.as(accounts, Role.OFFICER)).with(csrf())
			.param("kind", "COMPANY")
			.param("name", name + " diubah")).andExpect(status().isForbidden());
		mvc.perform(post("/officer/partners/" + id + "/contacts").with(DemoUsers.as(accounts, Role.OFFICER))
			.with(csrf())
			.param("fullName", "Kontak Gelap")
			.param("email", "gelap@mitra.example.id")).andExpect(status().isForbidden());
		mvc.perform(post("/officer/partners/" + id + "/offers/" + offer + "/edit")
			.with(DemoUsers.as(accounts, Role.OFFICER))
			.with(csrf())
			.param("kind", "CAPITAL")
			.param("title", "Diubah")
			.param("description", "Diubah")).andExpect(status().isForbidden());
		PartnerDetails after = partners.get(id);
		assertThat(after.name()).isEqualTo(name);
		assertThat(after.contacts()).isEmpty();
		assertThat(after.offers()).singleElement().satisfies(o -> assertThat(o.title()).isEqualTo("Kelas Baca"));
		mvc.perform(get("/officer/partners/" + id).with(DemoUsers.as(accounts, Role.ADMIN)))
			.andExpect(content().string(containsString(edit)));
	}

	private PortalUser admin() {
		return (PortalUser) accounts.loadUserByUsername("admin@demo.local");
	}

}
