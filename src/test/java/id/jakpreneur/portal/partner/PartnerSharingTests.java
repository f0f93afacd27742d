package id.jakpreneur.portal.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import id.jakpreneur.portal.account.AccountActivation;
import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.document.DocumentFixtures;
import id.jakpreneur.portal.entrepreneur.ConsentPurpose;
import id.jakpreneur.portal.entrepreneur.Consents;
import id.jakpreneur.portal.entrepreneur.PersonalDataHolder;
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
import org.springframework.mock.web.MockMultipartFile;
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
	List<PersonalDataHolder> holders;

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
	void theApplicationsDocumentsReachThePartnerOnlyWhileShared() throws Exception {
		long id = referrals.apply(citizen, offer, 5_000_000, "Membeli etalase pendingin");
		mvc.perform(multipart("/me/capital/{id}/documents", id).file(new MockMultipartFile("file", "program.exe",
				"application/pdf", new byte[] { 'M', 'Z', 0, 0 })).with(user(citizen)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("documentForm", "file"));
		mvc.perform(multipart("/me/capital/{id}/documents", id).file(new MockMultipartFile("file", "rekening.pdf",
				"application/pdf", DocumentFixtures.pdf())).with(user(citizen)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		long document = jdbc.queryForObject("select id from document where subject_id = ? and purpose = 'CAPITAL_APPLICATION'",
				Long.class, id);
		mvc.perform(get("/partner/referrals/{id}/documents/{doc}", id, document).with(user(bank)))
			.andExpect(status().isNotFound());
		referrals.share(citizen, id);
		mvc.perform(get("/partner/referrals/{id}/pack", id).with(user(bank)))
			.andExpect(content().string(containsString("rekening.pdf")));
		mvc.perform(get("/partner/referrals/{id}/documents/{doc}", id, document).with(user(bank)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Security-Policy", "sandbox"));
		long other = referrals.refer(people.user("officer@demo.local"), siti.id(), partners.addOffer(
				jdbc.queryForObject("select partner_id from partner_offer where id = ?", Long.class, offer),
				new OfferDraft(OfferKind.TRAINING, "Kelas", "Kelas", OfferTarget.everyone(), true)), "");
		referrals.share(citizen, other);
		mvc.perform(get("/partner/referrals/{id}/documents/{doc}", other, document).with(user(bank)))
			.andExpect(status().isNotFound());
		referrals.withdrawSharing(citizen, id);
		mvc.perform(get("/partner/referrals/{id}/documents/{doc}", id, document).with(user(bank)))
			.andExpect(status().isNotFound());
	}

	@Test
	void twoApplicationsToTheSameOfferAtOnceLeaveOneOpen() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		Callable<String> apply = () -> {
			start.await();
			try {
				referrals.apply(citizen, offer, 5_000_000, "Membeli etalase pendingin");
				return "open";
			}
			catch (DuplicateReferralException ex) {
				return ex.messageKey();
			}
		};
		try {
			Future<String> first = pool.submit(apply);
			Future<String> second = pool.submit(apply);
			start.countDown();
			assertThat(List.of(first.get(2, TimeUnit.MINUTES), second.get(2, TimeUnit.MINUTES)))
				.containsExactlyInAnyOrder("open", "partner.referral.duplicate");
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(jdbc.queryForObject("select count(*) from partner_referral where participant_id = ?", Integer.class,
				siti.id())).isEqualTo(1);
	}

	@Test
	void herDataExportHasTheShownNotesAndErasureKeepsOnlyTheFigures() throws Exception {
		long id = referrals.apply(citizen, offer, 5_000_000, "Membeli etalase pendingin");
		referrals.share(citizen, id);
		move(id, "ACCEPTED", "reason", "Kami telepon Senin", "noteShown", "true");
		move(id, "REJECTED", "reason", "Usaha belum 6 bulan");
		PersonalDataHolder holder = holders.stream().filter(h -> h.name().equals("referrals")).findFirst().orElseThrow();
		assertThat(String.valueOf(holder.export(siti.id()))).contains("Kami telepon Senin", "Usaha belum 6 bulan",
				"Membeli etalase pendingin");
		assertThat(holder.erase(siti.id())).isPositive();
		assertThat(String.valueOf(holder.export(siti.id()))).doesNotContain("Kami telepon Senin", "Usaha belum 6 bulan",
				"Membeli etalase pendingin").contains("5000000");
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
