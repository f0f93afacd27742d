package id.jakpreneur.portal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PortalWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The one-command demo shows the features of issues 18 and 22: curated products in the partners' catalogue (only of
 * the demo participant who consented), a pending deletion request for the administrator, and a licence returned to
 * the demo entrepreneur with a reason.
 */
@PortalWebTest
class DemoDataPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Test
	void thePartnerSeesTheCuratedProductsOfTheConsentingDemoParticipantOnly() throws Exception {
		// other tests add their own products: read every row (the demo ones are the oldest)
		assertThat(page(Role.PARTNER, "/partner/products?size=2000")).contains("Kain Batik Tulis Motif Ondel-ondel")
			.contains("Syal Batik Tulis Motif Nusa Kelapa")
			.contains("Batik Tulis Dewi")
			// Siti's grade B product stays out: she has not given her catalogue consent
			.doesNotContain("Nasi Uduk Bu Siti (paket sarapan)");
	}

	@Test
	void theAdministratorSeesThePendingDeletionRequestOfADemoParticipant() throws Exception {
		// pending requests are listed oldest first, and the demo one is made at start-up
		assertThat(page(Role.ADMIN, "/admin/privacy/deletions")).contains("Agus Prasetyo")
			.doesNotContain("Siti Rahmawati");
	}

	@Test
	void theDemoEntrepreneurReadsWhyHerSppIrtWasReturned() throws Exception {
		assertThat(page(Role.ENTREPRENEUR, "/me/licences")).contains("id=\"returned-SPP_IRT\"")
			.contains("Nomor SPP-IRT kurang dua digit terakhir");
	}

	@Test
	void theDemoEntrepreneurHasAReferralToTheTrainingOffer() throws Exception {
		assertThat(page(Role.ENTREPRENEUR, "/me/offers")).contains("Bank DKI — Kelas Literasi Keuangan dan QRIS");
	}

	@Test
	void theDemoBuyerSeesTheOrdersOfTheirOrganisation() throws Exception {
		assertThat(page(Role.BUYER, "/buyer")).contains("Dinas PPKUKM DKI Jakarta").contains("Rina Kartika");
	}

	private String page(Role role, String url) throws Exception {
		return mvc.perform(get(url).with(DemoUsers.as(accounts, role)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
