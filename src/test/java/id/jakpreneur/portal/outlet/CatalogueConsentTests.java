package id.jakpreneur.portal.outlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.NewAccount;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.outlet.domain.Grade;
import id.jakpreneur.portal.outlet.domain.OutletManagement;
import id.jakpreneur.portal.outlet.domain.ProductCuration;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.QueryCounter;
import id.jakpreneur.portal.support.TestParticipants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 22, catalogue consent: partners see a participant's curated products (A or B) on /partner/products only
 * while her catalogue consent is active; withdrawing it on /me/privacy removes them (and their photos) at once.
 * Only the product, grade, business name and kecamatan are shown, never her name or phone.
 */
@PortalWebTest
class CatalogueConsentTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OutletManagement outlets;

	@Autowired
	ProductCuration curation;

	@Autowired
	Registration registration;

	@Autowired
	ParticipantRecords records;

	@Autowired
	AccountManagement accounts;

	@Test
	void partnersSeeCuratedProductsOnlyWhileTheOwnerConsents() throws Exception {
		OutletFixtures fixtures = new OutletFixtures(outlets, curation, registration, records, accounts);
		String name = "Katalog " + UUID.randomUUID().toString().substring(0, 8);
		OutletFixtures.Curated a = fixtures.curated(name, Grade.A, Sector.KRIYA);
		OutletFixtures.Curated c = fixtures.curated(name + " C", Grade.C, Sector.KRIYA);
		PortalUser partner = partner();
		String row = "data-product=\"" + a.productId() + "\"";

		assertThat(catalogue(partner, "?sector=KRIYA")).doesNotContain(row);
		mvc.perform(get("/partner/products/" + a.productId() + "/photo").with(user(partner)))
			.andExpect(status().isNotFound());

		mvc.perform(post("/me/outlets/products/" + a.productId() + "/catalogue").with(user(a.user())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/me/outlets/products/" + c.productId() + "/catalogue").with(user(c.user())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		String page = catalogue(partner, "?sector=KRIYA");
		assertThat(page).contains(row, "Produk " + name, "Usaha " + name, "Gambir")
			.doesNotContain("data-product=\"" + c.productId() + "\"")
			.doesNotContain(">" + name + "<")
			.doesNotContain("+6281234567890");
		assertThat(catalogue(partner, "?sector=KULINER")).doesNotContain(row);
		mvc.perform(get("/partner/products/" + a.productId() + "/photo").with(user(partner)))
			.andExpect(status().isOk());

		mvc.perform(post("/me/privacy/consents/withdraw").param("purpose", "CATALOGUE")
			.with(user(a.user())).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(catalogue(partner, "?sector=KRIYA")).doesNotContain(row);
		mvc.perform(get("/partner/products/" + a.productId() + "/photo").with(user(partner)))
			.andExpect(status().isNotFound());

		mvc.perform(post("/me/privacy/consents/give").param("purpose", "CATALOGUE")
			.with(user(a.user())).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(catalogue(partner, "?sector=KRIYA")).contains(row);
	}

	@Test
	void aCataloguePageCostsTheSameStatementsForOneRowOrMany() throws Exception {
		OutletFixtures fixtures = new OutletFixtures(outlets, curation, registration, records, accounts);
		for (int i = 0; i < 3; i++) {
			OutletFixtures.Curated b = fixtures.curated("Katalog Hitung " + i, Grade.B, Sector.JASA);
			mvc.perform(post("/me/outlets/products/" + b.productId() + "/catalogue").with(user(b.user())).with(csrf()))
				.andExpect(status().is3xxRedirection());
		}
		PortalUser partner = partner();
		QueryCounter.reset();
		assertThat(catalogue(partner, "?sector=JASA&size=1")).containsOnlyOnce("data-product=");
		long one = QueryCounter.count();
		QueryCounter.reset();
		assertThat(catalogue(partner, "?sector=JASA&size=24").split("data-product=").length).isGreaterThan(3);
		assertThat(QueryCounter.count()).isEqualTo(one);
	}

	private String catalogue(PortalUser partner, String query) throws Exception {
		return mvc.perform(get("/partner/products" + query).with(user(partner)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private PortalUser partner() {
		String email = "mitra-" + UUID.randomUUID() + "@example.id";
		accounts.open(new NewAccount(email, null, "Mitra Katalog", Role.PARTNER, TestParticipants.PASSWORD, Set.of(),
				false));
		return new TestParticipants(registration, records, accounts).user(email);
	}

}
