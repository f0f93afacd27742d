package id.jakpreneur.portal.partner;

import id.jakpreneur.portal.partner.domain.ContactDraft;
import id.jakpreneur.portal.partner.domain.OfferDraft;
import id.jakpreneur.portal.assessment.SizeClass;
import id.jakpreneur.portal.assessment.Phase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import id.jakpreneur.portal.account.AccountActivation;
import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.NewAccount;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.Activated;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.TestParticipants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Referrals end to end through the pages: an officer refers a participant of their area, the partner's contact
 * moves the referral along, each step is kept with who and when, and nobody sees another organisation's referrals.
 */
@PortalWebTest
class ReferralTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	AccountActivation activations;

	@Autowired
	PartnerManagement partners;

	@Autowired
	Registration registration;

	@Autowired
	ParticipantRecords records;

	@Autowired
	JdbcTemplate jdbc;

	private TestParticipants people;

	private PortalUser admin;

	@BeforeEach
	void setUp() {
		people = new TestParticipants(registration, records, accounts);
		admin = people.user("admin@demo.local");
	}

	@Test
	void anOfficerRefersAndThePartnerMovesTheReferralAlongWithEveryStepKept() throws Exception {
		Partner bank = partner("Bank Rujukan");
		long offer = partners.addOffer(bank.id(), new OfferDraft(OfferKind.CAPITAL, "Kredit Uji", "Pinjaman modal",
				OfferTarget.everyone(), true));
		TestParticipants.Registered siti = people.register("Siti Rujuk", "31.71.01.1001", Sector.KULINER, 9_000_000);

		long id = refer(siti.id(), offer, "Butuh modal kerja");
		assertThat(referralStatus(id)).isEqualTo("SENT");
		mvc.perform(get("/partner").with(user(bank.login())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Siti Rujuk"))));
		mvc.perform(get("/partner/referrals/" + id).with(user(bank.login()))).andExpect(status().isNotFound());
		mvc.perform(get("/officer/referrals/" + id).with(DemoUsers.as(accounts, Role.OFFICER)))
			.andExpect(content().string(containsString("Menunggu persetujuan warga")));
		mvc.perform(post("/me/referrals/" + id + "/share").with(user(people.user(siti.email()))).with(csrf()))
			.andExpect(redirectedUrl("/me"));
		mvc.perform(get("/partner").with(user(bank.login())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Siti Rujuk")))
			.andExpect(content().string(containsString("Halo")));
		mvc.perform(get("/partner/referrals/" + id).with(user(bank.login())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Butuh modal kerja")))
			.andExpect(content().string(containsString("0812-3456-7890")));

		changeAsPartner(bank, id, "ACCEPTED", "").andExpect(redirectedUrl("/partner/referrals/" + id));
		changeAsPartner(bank, id, "REJECTED", " ")
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("statusForm", "reason", "partner.referral.reason.required"));
		changeAsPartner(bank, id, "COMPLETED", "")
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("statusForm", "status", "partner.referral.step.invalid"));
		changeAsPartner(bank, id, "APPROVED", "")
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("statusForm", "approvedAmount", "validation.required"));
		String today = LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();
		mvc.perform(post("/partner/referrals/" + id + "/status").with(user(bank.login())).with(csrf())
			.param("status", "APPROVED").param("approvedAmount", "7.500.000").param("tenorMonths", "12")
			.param("product", "KUR Mikro").param("decidedOn", today))
			.andExpect(redirectedUrl("/partner/referrals/" + id));
		mvc.perform(post("/partner/referrals/" + id + "/status").with(user(bank.login())).with(csrf())
			.param("status", "COMPLETED").param("disbursedAmount", "7.500.000").param("disbursedOn", today))
			.andExpect(redirectedUrl("/partner/referrals/" + id));
		changeAsPartner(bank, id, "SENT", "")
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("statusForm", "status", "partner.referral.step.invalid"));

		assertThat(referralStatus(id)).isEqualTo("COMPLETED");
		List<String> history = jdbc.queryForList("""
				select e.status || ' by ' || a.email from partner_referral_event e join account a on a.id = e.changed_by
				where e.referral_id = ? order by e.changed_at, e.id
				""", String.class, id);
		assertThat(history).containsExactly("SENT by officer@demo.local", "ACCEPTED by " + bank.login().getUsername(),
				"APPROVED by " + bank.login().getUsername(), "COMPLETED by " + bank.login().getUsername());
		mvc.perform(get("/officer/referrals/" + id).with(DemoUsers.as(accounts, Role.OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Rina Kontak")));
	}

	@Test
	void aPartnerSeesOnlyItsOwnOrganisationsReferrals() throws Exception {
		Partner mine = partner("Mitra Saya");
		Partner other = partner("Mitra Lain");
		long offer = partners.addOffer(mine.id(), new OfferDraft(OfferKind.TRAINING, "Kelas Mitra", "Kelas",
				OfferTarget.everyone(), true));
		TestParticipants.Registered budi = people.register("Budi Rahasia", "31.71.06.1001", Sector.JASA, 3_000_000);
		long id = refer(budi.id(), offer, "");

		mvc.perform(get("/partner/referrals/" + id).with(user(other.login()))).andExpect(status().isNotFound());
		changeAsPartner(other, id, "REJECTED", "Bukan urusan kami").andExpect(status().isNotFound());
		mvc.perform(get("/partner").with(user(other.login())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Budi Rahasia"))));
		assertThat(referralStatus(id)).isEqualTo("SENT");
		PortalUser unlinked = people.user(openPartnerLoginWithoutContact());
		mvc.perform(get("/partner").with(user(unlinked)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("belum terhubung")));
		mvc.perform(get("/partner/referrals/" + id).with(user(unlinked))).andExpect(status().isNotFound());
	}

	@Test
	void officersReferOnlyParticipantsOfTheirAreaToAvailableOffersAndOnlyOnce() throws Exception {
		Partner bank = partner("Bank Wilayah");
		long offer = partners.addOffer(bank.id(), new OfferDraft(OfferKind.CAPITAL, "Kredit Wilayah", "Pinjaman",
				OfferTarget.everyone(), true));
		long inactive = partners.addOffer(bank.id(), new OfferDraft(OfferKind.CAPITAL, "Kredit Tutup", "Ditutup",
				OfferTarget.everyone(), false));
		TestParticipants.Registered rudi = people.register("Rudi Pusat", "31.71.01.1002", Sector.KRIYA, 4_000_000);
		PortalUser south = southOfficer();

		mvc.perform(post("/officer/referrals").with(user(south)).with(csrf())
			.param("participantId", String.valueOf(rudi.id()))
			.param("offerId", String.valueOf(offer)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "participantId",
					"partner.referral.participant.outsideArea"));
		mvc.perform(post("/officer/referrals").with(DemoUsers.as(accounts, Role.OFFICER)).with(csrf())
			.param("participantId", String.valueOf(rudi.id()))
			.param("offerId", String.valueOf(inactive)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "offerId", "partner.referral.offer.unavailable"));
		mvc.perform(post("/officer/referrals").with(DemoUsers.as(accounts, Role.OFFICER)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "participantId", "NotNull"))
			.andExpect(model().attributeHasFieldErrorCode("form", "offerId", "NotNull"));
		long id = refer(rudi.id(), offer, "");
		mvc.perform(post("/officer/referrals").with(DemoUsers.as(accounts, Role.OFFICER)).with(csrf())
			.param("participantId", String.valueOf(rudi.id()))
			.param("offerId", String.valueOf(offer)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "offerId", "partner.referral.duplicate"));
		assertThat(jdbc.queryForObject("select count(*) from partner_referral where participant_id = ?", Integer.class,
				rudi.id())).isEqualTo(1);
		mvc.perform(get("/officer/referrals/" + id).with(user(south))).andExpect(status().isNotFound());
		mvc.perform(get("/officer/referrals").with(user(south)))
			.andExpect(content().string(not(containsString("Rudi Pusat"))));
		mvc.perform(get("/officer/referrals?status=SENT&size=500").with(DemoUsers.as(accounts, Role.OFFICER)))
			.andExpect(content().string(containsString("Rudi Pusat")));
		mvc.perform(get("/officer/referrals/new").param("q", "Rudi Pus").with(DemoUsers.as(accounts, Role.OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Rudi Pusat")));
	}

	@Test
	void aParticipantSeesTheAvailableOffersThatFitTheirBusiness() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		Partner bank = partner("Bank Cocok");
		offer(bank, "Cocok " + tag, new OfferTarget(Set.of(Sector.KULINER), SizeClass.MIKRO, SizeClass.KECIL,
				Set.of("31.71"), Set.of()), true);
		offer(bank, "SektorLain " + tag, new OfferTarget(Set.of(Sector.FESYEN), null, null, Set.of(), Set.of()), true);
		offer(bank, "WilayahLain " + tag, new OfferTarget(Set.of(), null, null, Set.of("31.74"), Set.of()), true);
		offer(bank, "TahapTertentu " + tag, new OfferTarget(Set.of(), null, null, Set.of(), Set.of(Phase.GROWING)),
				true);
		offer(bank, "Nonaktif " + tag, OfferTarget.everyone(), false);
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
		long expired = partners.create(admin, new PartnerDraft(PartnerKind.NGO, "Lewat " + UUID.randomUUID(), "MOU/X",
				today.minusYears(2), today.minusDays(1)));
		partners.addOffer(expired, new OfferDraft(OfferKind.TRAINING, "Kedaluwarsa " + tag, "Lama",
				OfferTarget.everyone(), true));
		TestParticipants.Registered ani = people.register("Ani Cocok", "31.71.01.1003", Sector.KULINER, 9_000_000);

		String page = mvc.perform(get("/me/offers?size=500").with(user(people.user(ani.email()))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Cocok " + tag)
			.doesNotContain("SektorLain " + tag, "WilayahLain " + tag, "TahapTertentu " + tag, "Nonaktif " + tag,
					"Kedaluwarsa " + tag);
	}

	private org.springframework.test.web.servlet.ResultActions changeAsPartner(Partner partner, long id, String status,
			String reason) throws Exception {
		return mvc.perform(post("/partner/referrals/" + id + "/status").with(user(partner.login()))
			.with(csrf())
			.param("status", status)
			.param("reason", reason));
	}

	private long refer(long participantId, long offerId, String note) throws Exception {
		String location = mvc
			.perform(post("/officer/referrals").with(DemoUsers.as(accounts, Role.OFFICER))
				.with(csrf())
				.param("participantId", String.valueOf(participantId))
				.param("offerId", String.valueOf(offerId))
				.param("note", note))
			.andExpect(redirectedUrlPattern("/officer/referrals/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private void offer(Partner partner, String title, OfferTarget target, boolean active) {
		partners.addOffer(partner.id(), new OfferDraft(OfferKind.TRAINING, title, "Uji", target, active));
	}

	private String referralStatus(long referralId) {
		return jdbc.queryForObject("select status from partner_referral where id = ?", String.class, referralId);
	}

	/** A partner organisation with one contact who has a PARTNER login. */
	private Partner partner(String name) {
		long id = partners.create(admin, new PartnerDraft(PartnerKind.BANK, name + " " + UUID.randomUUID(), null, null,
				null));
		String email = "kontak-" + UUID.randomUUID() + "@mitra.example.id";
		long contact = partners.addContact(id, new ContactDraft("Rina Kontak", email, null));
		Activated.withPassword(activations, partners.openAccount(admin, id, contact), "Mitra-Kontak-2026");
		return new Partner(id, people.user(email));
	}

	private String openPartnerLoginWithoutContact() {
		String email = "lepas-" + UUID.randomUUID() + "@mitra.example.id";
		accounts.open(new NewAccount(email, "Mitra Lepas", Role.PARTNER, "Mitra-Lepas-2026", Set.of(), false));
		return email;
	}

	private PortalUser southOfficer() {
		String email = "selatan-" + UUID.randomUUID() + "@example.id";
		accounts.open(new NewAccount(email, "Petugas Selatan", Role.OFFICER, "Petugas-Selatan-1", Set.of("31.74"), false));
		return people.user(email);
	}

	record Partner(long id, PortalUser login) {
	}

}
