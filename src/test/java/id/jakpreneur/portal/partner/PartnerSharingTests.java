package id.jakpreneur.portal.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import id.jakpreneur.portal.account.AccountActivation;
import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.entrepreneur.ConsentPurpose;
import id.jakpreneur.portal.entrepreneur.Consents;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.partner.domain.ContactDraft;
import id.jakpreneur.portal.partner.domain.OfferDraft;
import id.jakpreneur.portal.support.Activated;
import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.TestParticipants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A partner sees a referral and the participant's data only while she consents (issues 18 and 22): nothing before
 * (list, page, pack, status change), everything after, nothing again once she withdraws, on her card or on
 * /me/privacy. Also for a referral an officer made, whose capital application then shows its real state on
 * /me/capital; and the partner's notes are kept, shown to the applicant only where the partner chose.
 */
@PortalWebTest
class PartnerSharingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	AccountActivation activations;

	@Autowired
	PartnerManagement partners;

	@Autowired
	Referrals referrals;

	@Autowired
	Consents consents;

	@Autowired
	Registration registration;

	@Autowired
	ParticipantRecords records;

	@Autowired
	JdbcTemplate jdbc;

	private TestParticipants people;

	private PortalUser bank;

	private long offer;

	private TestParticipants.Registered siti;

	private String name;

	private PortalUser citizen;

	@BeforeEach
	void setUp() {
		people = new TestParticipants(registration, records, accounts);
		PortalUser admin = people.user("admin@demo.local");
		long partner = partners.create(admin, new PartnerDraft(PartnerKind.BANK, "Bank Izin " + UUID.randomUUID(), null,
				null, null));
		String email = "kontak-" + UUID.randomUUID() + "@mitra.example.id";
		long contact = partners.addContact(partner, new ContactDraft("Rina Kontak", email, null));
		Activated.withPassword(activations, partners.openAccount(admin, partner, contact), "Mitra-Kontak-2026");
		bank = people.user(email);
		offer = partners.addOffer(partner, new OfferDraft(OfferKind.CAPITAL, "Kredit Izin", "Pinjaman",
				OfferTarget.everyone(), true));
		name = "Siti Izin " + UUID.randomUUID().toString().substring(0, 6);
		siti = people.registerValidated(name, "31.71.01.1001", Sector.KULINER);
		citizen = people.user(siti.email());
	}

	@Test
	void thePartnerSeesNothingBeforeConsentEverythingAfterAndNothingOnceWithdrawn() throws Exception {
		long id = referrals.refer(people.user("officer@demo.local"), siti.id(), offer, "Butuh modal kerja");
		assertHidden(id);
		mvc.perform(get("/me").with(user(citizen)))
			.andExpect(content().string(containsString("Bagikan data Anda ke")))
			.andExpect(content().string(containsString(Referrals.SHARING_TEXT_VERSION)));
		mvc.perform(get("/officer/entrepreneurs/{id}", siti.id()).with(DemoUsers.as(accounts, Role.OFFICER)))
			.andExpect(content().string(containsString("Rujukan menunggu persetujuan warga")));
		PortalUser neighbour = people.user(people.registerValidated("Tetangga", "31.71.01.1001", Sector.JASA).email());
		mvc.perform(post("/me/referrals/{id}/share", id).with(user(neighbour)).with(csrf()))
			.andExpect(status().isNotFound());
		assertHidden(id);

		mvc.perform(post("/me/referrals/{id}/share", id).with(user(citizen)).with(csrf()));
		assertThat(consents.isGiven(siti.id(), ConsentPurpose.PARTNER_SHARING, id)).isTrue();
		assertThat(jdbc.queryForObject("""
				select text_version from participant_consent where participant_id = ? and reference_id = ?
				""", String.class, siti.id(), id)).isEqualTo(Referrals.SHARING_TEXT_VERSION);
		mvc.perform(get("/partner").with(user(bank))).andExpect(content().string(containsString(name)));
		mvc.perform(get("/partner/referrals/{id}", id).with(user(bank)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("0812-3456-7890")));
		mvc.perform(get("/partner/referrals/{id}/pack", id).with(user(bank))).andExpect(status().isOk());

		mvc.perform(post("/me/referrals/{id}/unshare", id).with(user(citizen)).with(csrf()));
		assertHidden(id);
		mvc.perform(post("/me/referrals/{id}/share", id).with(user(citizen)).with(csrf()));
		mvc.perform(get("/partner/referrals/{id}", id).with(user(bank))).andExpect(status().isOk());
		consents.withdraw(siti.id(), ConsentPurpose.PARTNER_SHARING, id); // what /me/privacy does
		assertHidden(id);
	}

	@Test
	void anOfficersCapitalReferralShowsItsRealStateOnMeCapitalWithTheNotesThePartnerChose() throws Exception {
		long id = referrals.refer(people.user("officer@demo.local"), siti.id(), offer, "");
		referrals.share(citizen, id);
		String today = LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();
		move(id, "ACCEPTED", "reason", "Mohon siapkan rekening koran", "noteShown", "true");
		move(id, "APPROVED", "reason", "Skor internal 612", "approvedAmount", "25.000.000", "tenorMonths", "24",
				"product", "KUR Kecil", "decidedOn", today);
		mvc.perform(get("/me/capital").with(user(citizen)))
			.andExpect(content().string(containsString("Disetujui")))
			.andExpect(content().string(containsString("Rp 25.000.000")))
			.andExpect(content().string(containsString("Mohon siapkan rekening koran")))
			.andExpect(content().string(not(containsString("Skor internal 612"))));
		mvc.perform(get("/me/timeline").with(user(citizen)))
			.andExpect(content().string(containsString("Mohon siapkan rekening koran")))
			.andExpect(content().string(not(containsString("Skor internal 612"))));
		mvc.perform(get("/officer/referrals/{id}", id).with(DemoUsers.as(accounts, Role.OFFICER)))
			.andExpect(content().string(containsString("Mohon siapkan rekening koran")))
			.andExpect(content().string(containsString("Skor internal 612")));

		move(id, "COMPLETED", "disbursedAmount", "25.000.000", "disbursedOn", today);
		mvc.perform(get("/me/capital").with(user(citizen)))
			.andExpect(content().string(containsString("Dicairkan")))
			.andExpect(content().string(not(containsString("Belum ada pengajuan"))));
		assertThat(jdbc.queryForObject("select status from participant_step where participant_id = ? and step = 'P7'",
				String.class, siti.id())).isEqualTo("COMPLETED");
		assertThat(referrals.hasOpenCapitalApplication(siti.id())).isFalse();
	}

	@Test
	void theDatabaseRefusesADisbursementWithoutItsRecordAndAnApprovalAboveTheAmountAsked() {
		long id = referrals.apply(citizen, offer, 5_000_000, "Membeli etalase pendingin");
		jdbc.update("update partner_referral set status = 'ACCEPTED' where id = ?", id);
		assertThat(refused("update capital_application set approved_amount = 6000000, tenor_months = 12, "
				+ "product = 'KUR', decided_on = current_date where referral_id = " + id))
			.contains("capital_application_approved_le_requested_ck");
		assertThat(refused("update partner_referral set status = 'COMPLETED' where id = " + id))
			.contains("completed without a recorded disbursement");
	}

	private String refused(String sql) {
		try {
			jdbc.update(sql);
			return "accepted";
		}
		catch (org.springframework.dao.DataAccessException ex) {
			return String.valueOf(ex.getMessage());
		}
	}

	private void assertHidden(long id) throws Exception {
		mvc.perform(get("/partner").with(user(bank))).andExpect(content().string(not(containsString(name))));
		mvc.perform(get("/partner/referrals/{id}", id).with(user(bank))).andExpect(status().isNotFound());
		mvc.perform(get("/partner/referrals/{id}/pack", id).with(user(bank))).andExpect(status().isNotFound());
		mvc.perform(post("/partner/referrals/{id}/status", id).with(user(bank)).with(csrf()).param("status", "ACCEPTED"))
			.andExpect(status().isNotFound());
	}

	private ResultActions move(long id, String status, String... fields) throws Exception {
		var request = post("/partner/referrals/{id}/status", id).with(user(bank)).with(csrf()).param("status", status);
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return mvc.perform(request).andExpect(status().is3xxRedirection());
	}

}
