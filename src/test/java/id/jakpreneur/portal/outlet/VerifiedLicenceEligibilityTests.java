package id.jakpreneur.portal.outlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.LocalDate;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.licensing.LicenceStatus;
import id.jakpreneur.portal.licensing.domain.LicenceDraft;
import id.jakpreneur.portal.licensing.domain.Licences;
import id.jakpreneur.portal.outlet.domain.Bookings;
import id.jakpreneur.portal.outlet.domain.Eligibility;
import id.jakpreneur.portal.outlet.domain.Grade;
import id.jakpreneur.portal.outlet.domain.OutletManagement;
import id.jakpreneur.portal.outlet.domain.ProductCuration;
import id.jakpreneur.portal.outlet.domain.ProductDraft;
import id.jakpreneur.portal.outlet.query.CallQueries;
import id.jakpreneur.portal.entrepreneur.Sector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import id.jakpreneur.portal.support.PortalWebTest;

/**
 * Issue 16, medium 3: only licences an officer checked count for an outlet call. Ticking SPP-IRT and halal with
 * made-up numbers on {@code /me/profile}, or recording them in the licence register without verification (or
 * returned by an officer), or listing them on a product, does not make a participant eligible; verified, unexpired
 * register licences do (issue 18).
 */
@PortalWebTest
class VerifiedLicenceEligibilityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OutletManagement outlets;

	@Autowired
	ProductCuration curation;

	@Autowired
	Bookings bookings;

	@Autowired
	CallQueries queries;

	@Autowired
	Registration registration;

	@Autowired
	ParticipantRecords records;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Licences licences;

	@Autowired
	JdbcTemplate jdbc;

	private OutletFixtures fixtures() {
		return new OutletFixtures(outlets, curation, registration, records, accounts);
	}

	@Test
	void licencesTickedOnTheProfileWithMadeUpNumbersDoNotOpenAFoodCall() throws Exception {
		OutletFixtures f = fixtures();
		long callId = f.call(f.outlet(1, OutletFixtures.foodRules()));
		OutletFixtures.Curated citizen = f.curated("Halal Karangan", Grade.A);

		mvc.perform(post("/me/profile").with(user(citizen.user())).with(csrf())
			.params(profileWithLicences(me(citizen), "P-IRT 1234567890123", "ID00000000000000")))
			.andExpect(redirectedUrl("/me/profile"));
		assertThat(me(citizen).business().licences()).containsKeys(LicenceType.SPP_IRT, LicenceType.HALAL);

		assertThat(refusals(citizen, callId)).containsExactlyInAnyOrder("outlet.reason.LICENCE.HALAL",
				"outlet.reason.LICENCE.SPP_IRT");
		mvc.perform(post("/me/outlets/calls/" + callId + "/apply").with(user(citizen.user())).with(csrf())
			.param("productId", Long.toString(citizen.productId())))
			.andExpect(redirectedUrl("/me/outlets"))
			.andExpect(flash().attribute("flashError", "outlet.apply.notEligible"));
		assertThat(applications(callId)).isZero();
	}

	@Test
	void registerLicencesCountOnlyOnceAnOfficerVerifiedThemAndUntilTheyExpire() {
		OutletFixtures f = fixtures();
		long callId = f.call(f.outlet(1, OutletFixtures.foodRules()));
		OutletFixtures.Curated citizen = f.curated("Izin Tercatat", Grade.B);
		recordFoodLicences(citizen, "2093171010123-27", "ID31110000123450324");

		// recorded as issued, not yet verified: the officer's page shows them waiting, so they do not count
		assertThat(refusals(citizen, callId)).containsExactlyInAnyOrder("outlet.reason.LICENCE.HALAL",
				"outlet.reason.LICENCE.SPP_IRT");
		assertThatThrownBy(() -> bookings.apply(citizen.user(), callId, citizen.productId()))
			.hasMessage("outlet.apply.notEligible");

		verify(f, citizen, LicenceType.SPP_IRT);
		assertThat(refusals(citizen, callId)).containsExactly("outlet.reason.LICENCE.HALAL");
		verify(f, citizen, LicenceType.HALAL);
		assertThat(refusals(citizen, callId)).isEmpty();

		// a verified licence past its expiry date no longer counts
		jdbc.update("update licence set expires_on = ? where participant_id = ? and licence_type = 'HALAL'",
				OutletFixtures.today().minusDays(1), citizen.participantId());
		assertThat(refusals(citizen, callId)).containsExactly("outlet.reason.LICENCE.HALAL");
	}

	@Test
	void aProductsLicenceNumbersNeverCountEvenOnceItsCurationPassedThem() {
		OutletFixtures f = fixtures();
		long callId = f.call(f.outlet(1, OutletFixtures.foodRules()));
		OutletFixtures.Curated citizen = f.curated("Produk Berizin", Grade.B);
		ProductDraft withLicences = new ProductDraft("Produk Berizin", Sector.KULINER, 15_000, "Kotak kertas",
				"2093171010123-27", "ID31110000123450324", null);
		jdbc.update("update outlet_product set graded_at = now() - interval '400 days' where id = ?",
				citizen.productId());
		curation.resubmit(citizen.user(), citizen.productId(), withLicences, null);
		curation.verify(f.user("mentor@demo.local"), citizen.productId(), true, null);
		curation.validate(f.officer(), citizen.productId(), true, null);
		curation.grade(f.officer(), citizen.productId(), Grade.B, "Izin produk diperiksa");
		// graded with the numbers listed: the licence register is still the only evidence that counts (decision 99)
		assertThat(refusals(citizen, callId)).containsExactlyInAnyOrder("outlet.reason.LICENCE.HALAL",
				"outlet.reason.LICENCE.SPP_IRT");
	}

	@Test
	void aReturnedLicenceDoesNotCountUntilItIsResubmittedAndVerified() {
		OutletFixtures f = fixtures();
		long callId = f.call(f.outlet(1, OutletFixtures.foodRules()));
		OutletFixtures.Curated citizen = f.curated("Izin Dikembalikan", Grade.B);
		LocalDate issued = recordFoodLicences(citizen, "2093171010123-28", "ID31110000123450325");
		verify(f, citizen, LicenceType.SPP_IRT);
		long halal = jdbc.queryForObject("select id from licence where participant_id = ? and licence_type = 'HALAL'",
				Long.class, citizen.participantId());
		licences.returnLicence(f.officer(), citizen.participantId(), halal, "Nomor halal tidak ditemukan di BPJPH.");
		assertThat(refusals(citizen, callId)).containsExactly("outlet.reason.LICENCE.HALAL");

		licences.record(citizen.user(),
				new LicenceDraft(LicenceType.HALAL, null, LicenceStatus.ISSUED, "ID31110000123450326", issued, null));
		assertThat(refusals(citizen, callId)).containsExactly("outlet.reason.LICENCE.HALAL");
		verify(f, citizen, LicenceType.HALAL);
		assertThat(refusals(citizen, callId)).isEmpty();
	}

	/** Records SPP-IRT and halal as issued three months ago, not yet verified; returns the day they were issued. */
	private LocalDate recordFoodLicences(OutletFixtures.Curated citizen, String sppIrt, String halal) {
		LocalDate issued = OutletFixtures.today().minusMonths(3);
		licences.record(citizen.user(),
				new LicenceDraft(LicenceType.SPP_IRT, null, LicenceStatus.ISSUED, sppIrt, issued, null));
		licences.record(citizen.user(), new LicenceDraft(LicenceType.HALAL, null, LicenceStatus.ISSUED, halal, issued, null));
		return issued;
	}

	private ParticipantView me(OutletFixtures.Curated citizen) {
		return records.ofAccount(citizen.user().accountId()).orElseThrow();
	}

	private java.util.List<String> refusals(OutletFixtures.Curated citizen, long callId) {
		return queries.eligibility(me(citizen), callId)
			.refusals()
			.stream()
			.map(Eligibility.Refusal::messageKey)
			.toList();
	}

	private void verify(OutletFixtures f, OutletFixtures.Curated citizen, LicenceType type) {
		long id = jdbc.queryForObject("select id from licence where participant_id = ? and licence_type = ?",
				Long.class, citizen.participantId(), type.name());
		licences.verify(f.officer(), citizen.participantId(), id);
	}

	private int applications(long callId) {
		return jdbc.queryForObject("select count(*) from outlet_application where call_id = ?", Integer.class, callId);
	}

	/** The profile form as the citizen sends it back, with SPP-IRT and halal ticked and numbers typed. */
	private static MultiValueMap<String, String> profileWithLicences(ParticipantView p, String sppIrt, String halal) {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		params.add("fullName", p.fullName());
		params.add("gender", p.gender().name());
		params.add("birthDate", p.birthDate().toString());
		params.add("phone", p.phone());
		params.add("villageCode", p.villageCode());
		params.add("address", p.address());
		var b = p.business();
		params.add("stage", b.stage().name());
		params.add("businessName", b.name());
		params.add("sector", b.sector().name());
		params.add("products", b.products());
		params.add("startedOn", b.startedOn().toString());
		params.add("capital", String.valueOf(b.capital()));
		params.add("monthlySales", String.valueOf(b.monthlySales()));
		params.add("employees", String.valueOf(b.employees()));
		b.channels().forEach(c -> params.add("channels", c.name()));
		params.add("licences", LicenceType.SPP_IRT.name());
		params.add("sppIrtNumber", sppIrt);
		params.add("licences", LicenceType.HALAL.name());
		params.add("halalNumber", halal);
		params.add("keepsBooks", String.valueOf(b.keepsBooks()));
		params.add("hadCredit", String.valueOf(b.hadCredit()));
		return params;
	}

}
