package id.jakpreneur.portal.capital;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.assessment.StepCode;
import id.jakpreneur.portal.assessment.StepCompleted;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.partner.Referrals;
import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.QueryCounter;
import id.jakpreneur.portal.support.TestParticipants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * P7 through /me/capital and the partner's referral pages: validation, the pack with the NIK masked, who may see it,
 * the capital pipeline, P7 once on disbursement, and the timeline of it all in a bounded number of statements.
 */
@PortalWebTest
@RecordApplicationEvents
class CapitalTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Registration registration;

	@Autowired
	ParticipantRecords records;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents events;

	@Autowired
	Referrals referrals;

	private TestParticipants people;

	private TestParticipants.Registered me;

	private PortalUser login;

	private long bankOffer;

	@BeforeEach
	void setUp() {
		people = new TestParticipants(registration, records, accounts);
		me = people.registerValidated("Pemohon Modal", "31.71.01.1001", Sector.KULINER);
		login = people.user(me.email());
		bankOffer = jdbc.queryForObject("""
				select o.id from partner_offer o join partner_organisation p on p.id = o.partner_id
				where o.kind = 'CAPITAL' and p.name = 'Bank DKI' order by o.id limit 1
				""", Long.class);
	}

	@Test
	void showsReadinessWithWhatIsMissing() throws Exception {
		mvc.perform(get("/me/capital").with(user(login)))
			.andExpect(status().isOk())
			.andExpect(model().attributeExists("readiness"))
			.andExpect(content().string(containsString("NIB sudah diverifikasi petugas")));
	}

	@Test
	void refusesBadApplicationsBesideTheFieldAndSavesNothing() throws Exception {
		apply(null, "5.000.000", "Membeli oven kedua").andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "offerId"));
		apply(bankOffer, "lima juta", "Membeli oven kedua").andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "amount", "validation.rupiah"));
		apply(bankOffer, "50.000", "Membeli oven kedua").andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "amount", "programme.capital.amount.range"));
		apply(bankOffer, "5.000.000", "oven").andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "purpose", "Size"));
		apply(bankOffer, "5.000.000", "<b>oven kedua</b>").andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "purpose"));
		long training = jdbc.queryForObject("select id from partner_offer where kind = 'TRAINING' order by id limit 1",
				Long.class);
		apply(training, "5.000.000", "Membeli oven kedua").andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "offerId", "programme.capital.offer.unavailable"));
		assertThat(applications()).isZero();
	}

	@Test
	void thePartnerMovesTheApplicationToDisbursementAndP7CompletesOnce() throws Exception {
		apply(bankOffer, "Rp 5.000.000", "Membeli oven kedua agar produksi naik").andExpect(status().is3xxRedirection());
		apply(bankOffer, "6.000.000", "Membeli oven ketiga untuk pesanan").andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "offerId", "programme.capital.duplicate"));
		long referral = jdbc.queryForObject(
				"select referral_id from capital_application c join partner_referral r on r.id = c.referral_id "
						+ "where r.participant_id = ?", Long.class, me.id());

		String nik = jdbc.queryForObject("select nik_masked from participant where id = ?", String.class, me.id());
		mvc.perform(get("/partner/referrals/{id}/pack", referral).with(DemoUsers.as(accounts, Role.PARTNER)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/me/referrals/{id}/share", referral).with(user(login)).with(csrf()).param("back", "capital"))
			.andExpect(redirectedUrl("/me/capital"));
		mvc.perform(get("/partner/referrals/{id}/pack", referral).with(DemoUsers.as(accounts, Role.PARTNER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(nik)))
			.andExpect(content().string(containsString("Rp 5.000.000")));
		mvc.perform(get("/partner/referrals/{id}", referral).with(DemoUsers.as(accounts, Role.PARTNER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sedang ditinjau")))
			.andExpect(content().string(not(containsString("value=\"COMPLETED\""))));

		move(referral, "ACCEPTED");
		move(referral, "COMPLETED").andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("statusForm", "status", "partner.referral.step.invalid"));
		String today = LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();
		move(referral, "APPROVED", "approvedAmount", "6.000.000", "tenorMonths", "12", "product", "KUR Mikro",
				"decidedOn", today).andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("statusForm", "approvedAmount",
					"partner.capital.approved.aboveRequested"));
		move(referral, "APPROVED", "approvedAmount", "4.000.000", "tenorMonths", "12", "product", "KUR Mikro",
				"decidedOn", LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(1).toString()).andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("statusForm", "decidedOn", "partner.capital.date.future"));
		move(referral, "APPROVED", "approvedAmount", "4.000.000", "tenorMonths", "12", "product", "KUR Mikro",
				"decidedOn", today).andExpect(status().is3xxRedirection());
		move(referral, "COMPLETED").andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("statusForm", "disbursedAmount", "validation.required"));
		move(referral, "COMPLETED", "disbursedAmount", "4.500.000", "disbursedOn", today).andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("statusForm", "disbursedAmount",
					"partner.capital.disbursed.aboveApproved"));
		assertThat(events.stream(StepCompleted.class).filter(e -> e.step() == StepCode.P7)).as("not before disbursement")
			.isEmpty();
		assertThat(jdbc.queryForObject("select status from partner_referral where id = ?", String.class, referral))
			.isEqualTo("APPROVED");
		move(referral, "COMPLETED", "disbursedAmount", "4.000.000", "disbursedOn", today)
			.andExpect(status().is3xxRedirection());

		assertThat(events.stream(StepCompleted.class).filter(e -> e.participantId() == me.id() && e.step() == StepCode.P7))
			.singleElement()
			.satisfies(e -> assertThat(e.evidence()).contains("Rp 4.000.000").contains("Bank DKI"));
		assertThat(jdbc.queryForObject("select disbursed_amount from capital_application where referral_id = ?",
				Long.class, referral)).isEqualTo(4_000_000L);
		mvc.perform(get("/me/capital").with(user(login)))
			.andExpect(content().string(containsString("Dicairkan")))
			.andExpect(content().string(containsString("Rp 4.000.000")))
			.andExpect(content().string(containsString("KUR Mikro, 12 bulan")))
			.andExpect(content().string(not(containsString("Belum ada pengajuan"))));
		assertThat(jdbc.queryForObject("select status from participant_step where participant_id = ? and step = 'P7'",
				String.class, me.id())).isEqualTo("COMPLETED");

		mvc.perform(get("/me/timeline").with(user(login)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dicairkan")))
			.andExpect(content().string(containsString("Disetujui")))
			.andExpect(content().string(containsString("Langkah Permodalan selesai")));
		mvc.perform(get("/officer/entrepreneurs/{id}", me.id()).with(DemoUsers.as(accounts, Role.OFFICER)))
			.andExpect(content().string(containsString("Dicairkan")));
	}

	@Test
	void anOpenApplicationIsALegalReasonToKeepTheData() throws Exception {
		assertThat(referrals.hasOpenCapitalApplication(me.id())).isFalse();
		apply(bankOffer, "5.000.000", "Membeli etalase pendingin").andExpect(status().is3xxRedirection());
		assertThat(referrals.hasOpenCapitalApplication(me.id())).isTrue();
		jdbc.update("update partner_referral set status = 'REJECTED', reason = 'Tidak lengkap' where participant_id = ?",
				me.id());
		assertThat(referrals.hasOpenCapitalApplication(me.id())).isFalse();
	}

	@Test
	void onlyTheParticipantThePartnerAndTheAreaSeeThePack() throws Exception {
		apply(bankOffer, "5.000.000", "Membeli etalase pendingin").andExpect(status().is3xxRedirection());
		long referral = jdbc.queryForObject("select id from partner_referral where participant_id = ?", Long.class,
				me.id());
		mvc.perform(get("/me/capital/{id}/pack", referral).with(user(login))).andExpect(status().isOk());
		mvc.perform(get("/officer/referrals/{id}/pack", referral).with(DemoUsers.as(accounts, Role.OFFICER)))
			.andExpect(status().isOk());
		TestParticipants.Registered other = people.registerValidated("Tetangga Ingin Tahu", "31.71.01.1001",
				Sector.JASA);
		mvc.perform(get("/me/capital/{id}/pack", referral).with(user(people.user(other.email()))))
			.andExpect(status().isNotFound());
		TestParticipants.Registered south = people.registerValidated("Warga Selatan", "31.74.01.1001", Sector.JASA);
		mvc.perform(get("/officer/entrepreneurs/{id}/timeline", south.id()).with(DemoUsers.as(accounts, Role.OFFICER)))
			.andExpect(status().isNotFound());
		long training = jdbc.queryForObject("select id from partner_offer where kind = 'TRAINING' order by id limit 1",
				Long.class);
		long plain = jdbc.queryForObject("""
				insert into partner_referral (offer_id, partner_id, participant_id, created_by)
				select id, partner_id, ?, ? from partner_offer where id = ? returning id
				""", Long.class, me.id(), login.accountId(), training);
		mvc.perform(get("/officer/referrals/{id}/pack", plain).with(DemoUsers.as(accounts, Role.OFFICER)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theTimelineCostsTheSameFewStatementsWhateverItsLength() throws Exception {
		long few = statements();
		for (int i = 0; i < 60; i++) {
			jdbc.update("insert into participant_timeline (participant_id, kind, args) values (?, 'REPORT_FILED', ?)",
					me.id(), new String[] { "2026-0" + (1 + i % 9) });
		}
		assertThat(statements()).isEqualTo(few).isLessThanOrEqualTo(12);
		mvc.perform(get("/me/timeline").param("page", "1").with(user(login)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("2026-0")));
	}

	@Test
	void theCapitalPageCostsTheSameStatementsWhateverItsApplications() throws Exception {
		apply(bankOffer, "5.000.000", "Membeli etalase pendingin").andExpect(status().is3xxRedirection());
		long one = capitalStatements();
		jdbc.update("""
				insert into partner_referral (offer_id, partner_id, participant_id, created_by, status, reason)
				select o.id, o.partner_id, ?, ?, 'REJECTED', 'Belum lengkap'
				from partner_offer o cross join generate_series(1, 5) where o.id = ?
				""", me.id(), login.accountId(), bankOffer);
		jdbc.update("""
				insert into capital_application (referral_id, amount, purpose)
				select id, 2000000, 'Modal kerja' from partner_referral where participant_id = ? and status = 'REJECTED'
				""", me.id());
		assertThat(applications()).isEqualTo(6);
		assertThat(capitalStatements()).isEqualTo(one);
	}

	private long capitalStatements() throws Exception {
		mvc.perform(get("/me/capital").with(user(login))).andExpect(status().isOk());
		QueryCounter.reset();
		mvc.perform(get("/me/capital").with(user(login))).andExpect(status().isOk());
		return QueryCounter.count();
	}

	private long statements() throws Exception {
		mvc.perform(get("/me/timeline").with(user(login))).andExpect(status().isOk());
		QueryCounter.reset();
		mvc.perform(get("/me/timeline").with(user(login))).andExpect(status().isOk());
		return QueryCounter.count();
	}

	private ResultActions move(long referral, String status, String... fields) throws Exception {
		var request = post("/partner/referrals/{id}/status", referral).with(DemoUsers.as(accounts, Role.PARTNER))
			.with(csrf()).param("status", status);
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return mvc.perform(request);
	}

	private ResultActions apply(Long offerId, String amount, String purpose) throws Exception {
		var request = post("/me/capital").with(user(login)).with(csrf()).param("amount", amount).param("purpose", purpose);
		if (offerId != null) {
			request.param("offerId", offerId.toString());
		}
		return mvc.perform(request);
	}

	private int applications() {
		return jdbc.queryForObject("select count(*) from partner_referral where participant_id = ?", Integer.class,
				me.id());
	}

}
