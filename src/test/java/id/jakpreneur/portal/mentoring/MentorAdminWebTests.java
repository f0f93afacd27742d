package id.jakpreneur.portal.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.Set;
import java.util.UUID;

import id.jakpreneur.portal.account.AccountActivation;
import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.ActivationSlip;
import id.jakpreneur.portal.account.NewAccount;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.assessment.FreshParticipants;
import id.jakpreneur.portal.assessment.Track;
import id.jakpreneur.portal.mentoring.domain.MentorKind;
import id.jakpreneur.portal.mentoring.domain.MentorLanguage;
import id.jakpreneur.portal.mentoring.domain.MentorManagement;
import id.jakpreneur.portal.mentoring.query.MentorProfile;
import id.jakpreneur.portal.mentoring.query.MentorQueries;
import id.jakpreneur.portal.support.PortalWebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Officers manage the mentors of their area: a mentor is created with their MENTOR login in one go, every bad input
 * comes back beside its field with nothing saved, and the mentor sets their own capacity within the limit.
 */
@PortalWebTest
class MentorAdminWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountActivation activations;

	@Autowired
	AccountManagement accounts;

	@Autowired
	MentorManagement mentors;

	@Autowired
	MentorQueries mentorQueries;

	@Autowired
	JdbcTemplate jdbc;

	private PortalUser officer;

	private String email;

	@BeforeEach
	void setUp() {
		officer = FreshParticipants.demo(accounts, Role.OFFICER);
		email = "mentor-" + UUID.randomUUID() + "@test.local";
	}

	/** The mentor form, valid as it is; each pair of arguments replaces one field ("" leaves it out). */
	private MockHttpServletRequestBuilder create(String... overrides) {
		java.util.Map<String, String[]> fields = new java.util.LinkedHashMap<>();
		fields.put("fullName", new String[] { "Rina Wulandari" });
		fields.put("email", new String[] { email });
		fields.put("phone", new String[] { "0813-1111-2222" });
		fields.put("kind", new String[] { "PARTNER_VOLUNTEER" });
		fields.put("organisation", new String[] { "Universitas Negeri Jakarta" });
		fields.put("tracks", new String[] { "MARKETING_AND_DIGITAL", "FINANCE_AND_BOOKKEEPING" });
		fields.put("districtCodes", new String[] { "31.71.03", "31.71.04" });
		fields.put("languages", new String[] { "INDONESIAN", "JAVANESE" });
		fields.put("capacityLimit", new String[] { "8" });
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1].isEmpty() ? new String[0] : new String[] { overrides[i + 1] });
		}
		MockHttpServletRequestBuilder request = post("/officer/mentors").with(user(officer)).with(csrf());
		fields.forEach((name, values) -> {
			if (values.length > 0) {
				request.param(name, values);
			}
		});
		return request;
	}

	private int mentorsWithEmail() {
		return jdbc.queryForObject("select count(*) from mentor m join account a on a.id = m.account_id where a.email = ?",
				Integer.class, email);
	}

	@Test
	void anOfficerCreatesAMentorWithTheirLogin() throws Exception {
		// answered with the slip of the login's activation code: nobody but the mentor chooses the password
		mvc.perform(create())
			.andExpect(status().isOk())
			.andExpect(view().name(ActivationSlip.VIEW))
			.andExpect(model().attribute("slipBack", "/officer/mentors"));
		PortalUser login = (PortalUser) accounts.loadUserByUsername(email);
		assertThat(login.role()).isEqualTo(Role.MENTOR);
		assertThat(login.areaCodes()).containsExactlyInAnyOrder("31.71.03", "31.71.04");
		MentorProfile profile = mentorQueries.own(login).orElseThrow();
		assertThat(profile.kind()).isEqualTo(MentorKind.PARTNER_VOLUNTEER);
		assertThat(profile.organisation()).isEqualTo("Universitas Negeri Jakarta");
		assertThat(profile.phone()).isEqualTo("+6281311112222");
		assertThat(profile.tracks()).containsExactlyInAnyOrder(Track.MARKETING_AND_DIGITAL, Track.FINANCE_AND_BOOKKEEPING);
		assertThat(profile.languages()).containsExactlyInAnyOrder(MentorLanguage.INDONESIAN, MentorLanguage.JAVANESE);
		assertThat(profile.capacityLimit()).isEqualTo(8);
		assertThat(profile.capacity()).isEqualTo(8);
		mvc.perform(get("/officer/mentors").param("size", "100").with(user(officer)))
			.andExpect(content().string(containsString("/officer/mentors/" + profile.id() + "\"")));
	}

	@Test
	void everyBadInputComesBackBesideItsFieldAndNothingIsSaved() throws Exception {
		mvc.perform(create("kind", "PJLP", "phone", "12345"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "agencyCode", "mentoring.mentor.agencyRequired"))
			.andExpect(model().attributeHasFieldErrorCode("form", "phone", "mentoring.mentor.phoneInvalid"))
			.andExpect(content().string(containsString("Pilih dinas yang mengontrak PJLP ini.")));
		mvc.perform(create("organisation", "", "tracks", "", "districtCodes", "", "capacityLimit", "99"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "organisation", "mentoring.mentor.organisationRequired"))
			.andExpect(model().attributeHasFieldErrors("form", "tracks", "districtCodes", "capacityLimit"));
		// a kecamatan of Jakarta Selatan is outside the officer's area
		mvc.perform(create("districtCodes", MentoringFixtures.TEBET_DISTRICT))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "districtCodes", "mentoring.mentor.districtOutside"));
		assertThat(mentorsWithEmail()).isZero();
		assertThat(accounts.isEmailFree(email)).isTrue();
		mvc.perform(create("email", "officer@demo.local"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "email", "account.email.taken"));
	}

	@Test
	void madeUpIndexedFieldNamesAreIgnoredRatherThanFailing() throws Exception {
		mvc.perform(create("tracks[7]", "EXPANSION", "districtCodes[2]", "31.74.01"))
			.andExpect(view().name(ActivationSlip.VIEW));
		assertThat(mentorsWithEmail()).isOne();
	}

	@Test
	void editingKeepsKecamatanOutsideTheOfficersAreaAndRefusesALimitBelowTheLoad() throws Exception {
		PortalUser admin = FreshParticipants.demo(accounts, Role.ADMIN);
		MentoringFixtures.Created mentor = MentoringFixtures.mentor(mentors, activations, accounts, admin, "Lintas Kota",
				Set.of(Track.EXPANSION), Set.of(MentoringFixtures.KEMAYORAN_DISTRICT, MentoringFixtures.TEBET_DISTRICT), 4);
		mvc.perform(get("/officer/mentors/" + mentor.id()).with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Juga mencakup kecamatan di luar wilayah Anda, yang tidak berubah: Tebet")));
		mvc.perform(post("/officer/mentors/" + mentor.id()).with(user(officer)).with(csrf()).param("fullName", "Lintas Kota")
			.param("phone", "081311112222").param("kind", "EXPERT").param("tracks", "EXPANSION", "CAPITAL_ACCESS")
			.param("districtCodes", MentoringFixtures.SENEN_DISTRICT).param("languages", "INDONESIAN")
			.param("capacityLimit", "6"))
			.andExpect(redirectedUrl("/officer/mentors"));
		MentorProfile changed = mentorQueries.get(admin, mentor.id());
		assertThat(changed.districtCodes()).containsExactlyInAnyOrder(MentoringFixtures.SENEN_DISTRICT,
				MentoringFixtures.TEBET_DISTRICT);
		assertThat(changed.tracks()).containsExactlyInAnyOrder(Track.EXPANSION, Track.CAPITAL_ACCESS);
		assertThat(((PortalUser) accounts.loadUserByUsername(mentor.login().getUsername())).areaCodes())
			.containsExactlyInAnyOrder(MentoringFixtures.SENEN_DISTRICT, MentoringFixtures.TEBET_DISTRICT);
		jdbc.update("update mentor set capacity = 4 where id = ?", mentor.id());
		jdbc.update("update mentor set active_mentees = 3 where id = ?", mentor.id());
		mvc.perform(post("/officer/mentors/" + mentor.id()).with(user(officer)).with(csrf()).param("fullName", "Lintas Kota")
			.param("phone", "081311112222").param("kind", "EXPERT").param("tracks", "EXPANSION")
			.param("districtCodes", MentoringFixtures.SENEN_DISTRICT).param("languages", "INDONESIAN")
			.param("capacityLimit", "2"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "capacityLimit", "mentoring.mentor.limitBelowLoad"));
		jdbc.update("update mentor set active_mentees = 0 where id = ?", mentor.id());
	}

	@Test
	void aMentorSetsTheirOwnCapacityWithinTheLimitAndPauses() throws Exception {
		MentoringFixtures.Created mentor = MentoringFixtures.mentor(mentors, activations, accounts, officer, "Kapasitas Sendiri",
				Set.of(Track.EXPANSION), Set.of(MentoringFixtures.KEMAYORAN_DISTRICT), 6);
		mvc.perform(get("/mentor/profile").with(user(mentor.login())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dari 1 sampai 6.")));
		mvc.perform(post("/mentor/profile").with(user(mentor.login())).with(csrf()).param("capacity", "7"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "capacity", "mentoring.profile.aboveLimit"));
		mvc.perform(post("/mentor/profile").with(user(mentor.login())).with(csrf()).param("capacity", "3")
			.param("paused", "true"))
			.andExpect(redirectedUrl("/mentor/profile"))
			.andExpect(flash().attribute("flashSuccess", "mentoring.profile.saved"));
		assertThat(mentorQueries.own(mentor.login()).orElseThrow()).extracting(MentorProfile::capacity, MentorProfile::paused)
			.containsExactly(3, true);
		mvc.perform(get("/mentor").with(user(mentor.login())))
			.andExpect(content().string(containsString("Anda sedang berhenti sementara")));
	}

	@Test
	void aMentorWithoutAProfileIsToldWhoToAsk() throws Exception {
		String login = "tanpa-profil-" + UUID.randomUUID() + "@test.local";
		accounts.open(new NewAccount(login, "Belum Berprofil", Role.MENTOR, MentoringFixtures.PASSWORD, Set.of("31.71.03"), false));
		PortalUser mentor = (PortalUser) accounts.loadUserByUsername(login);
		mvc.perform(get("/mentor").with(user(mentor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Profil pendamping Anda belum dibuat.")));
		mvc.perform(post("/mentor/profile").with(user(mentor)).with(csrf()).param("capacity", "3"))
			.andExpect(status().isNotFound());
	}

}
