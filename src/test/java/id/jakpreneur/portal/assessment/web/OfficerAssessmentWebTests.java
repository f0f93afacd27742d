package id.jakpreneur.portal.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.assessment.domain.Assessing;
import id.jakpreneur.portal.assessment.AssessmentSummary;
import id.jakpreneur.portal.assessment.Assessments;
import id.jakpreneur.portal.assessment.FreshParticipants.Fresh;
import id.jakpreneur.portal.assessment.FreshParticipants;
import id.jakpreneur.portal.assessment.Phase;
import id.jakpreneur.portal.assessment.Track;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.shared.Jakarta;
import id.jakpreneur.portal.support.PortalWebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Officers and assessments: a visit assessment, the override (refused without a reason, audited with one), the
 * mentor-assignment queue, and "not found" for every participant outside the officer's area.
 */
@PortalWebTest
class OfficerAssessmentWebTests {

	private static final String REASON = "Buku kas menunjukkan omzet Rp 20 juta sebulan sejak 2024.";

	@Autowired
	MockMvc mvc;

	@Autowired
	Registration registration;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Assessing assessing;

	@Autowired
	Assessments assessments;

	@Autowired
	JdbcTemplate jdbc;

	private PortalUser officer;

	private Fresh gambir;

	@BeforeEach
	void setUp() {
		officer = FreshParticipants.demo(accounts, Role.OFFICER);
		gambir = FreshParticipants.register(registration, accounts, FreshParticipants.GAMBIR, FreshParticipants.kuliner());
	}

	private String base(long id) {
		return "/officer/entrepreneurs/" + id + "/assessment";
	}

	private MockHttpServletRequestBuilder override(long id) {
		return post(base(id) + "/override").with(user(officer)).with(csrf());
	}

	private int assessmentsOf(long id) {
		return jdbc.queryForObject("select count(*) from assessment where participant_id = ?", Integer.class, id);
	}

	@Test
	void anOfficerAssessesABusinessAfterAVisit() throws Exception {
		mvc.perform(get(base(gambir.id())).with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Penilaian setelah kunjungan: Peserta Uji")));
		mvc.perform(post(base(gambir.id())).with(user(officer)).with(csrf())
			.param("stage", "RUNNING").param("runningSince", LocalDate.now(Jakarta.ZONE).minusYears(2).toString())
			.param("sector", "JASA").param("sellsRegularly", "true").param("monthlySales", "5.000.000")
			.param("capital", "1.000.000").param("employees", "0").param("keepsBooks", "true")
			.param("separatesMoney", "true").param("hadCredit", "false").param("hasDigitalPresence", "false")
			.param("mainObstacle", "NONE"))
			.andExpect(redirectedUrl(base(gambir.id()) + "/result"))
			.andExpect(flash().attribute("flashSuccess", "assessment.visit.saved"));
		AssessmentSummary latest = assessments.latest(gambir.id()).orElseThrow();
		assertThat(latest.phase()).isEqualTo(Phase.EARLY);
		assertThat(jdbc.queryForMap("select assessor_role, source, assessed_by from assessment where id = ?", latest.id()))
			.containsEntry("assessor_role", "OFFICER")
			.containsEntry("source", "VISIT")
			.containsEntry("assessed_by", officer.accountId());
	}

	@Test
	void everyAssessmentRouteAnswersNotFoundOutsideTheOfficersArea() throws Exception {
		Fresh tebet = FreshParticipants.register(registration, accounts, FreshParticipants.TEBET,
				FreshParticipants.kuliner());
		assessing.selfAssess(tebet.user(), FreshParticipants.answers(Map.of()));
		mvc.perform(get(base(tebet.id())).with(user(officer))).andExpect(status().isNotFound());
		mvc.perform(post(base(tebet.id())).with(user(officer)).with(csrf()).param("stage", "IDEA"))
			.andExpect(status().isNotFound());
		mvc.perform(get(base(tebet.id()) + "/result").with(user(officer))).andExpect(status().isNotFound());
		mvc.perform(override(tebet.id()).param("phase", "SCALING").param("reason", REASON))
			.andExpect(status().isNotFound());
		assertThat(assessmentsOf(tebet.id())).isOne();
		// the province's administrator sees everyone
		mvc.perform(get(base(tebet.id()) + "/result").with(user(FreshParticipants.demo(accounts, Role.ADMIN))))
			.andExpect(status().isOk());
	}

	@Test
	void anEntrepreneurSeesOnlyTheirOwnAssessment() throws Exception {
		Fresh other = FreshParticipants.register(registration, accounts, FreshParticipants.GAMBIR,
				FreshParticipants.kuliner());
		assessing.selfAssess(other.user(), FreshParticipants.answers(Map.of()));
		mvc.perform(get("/me/assessment/history").with(user(gambir.user())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Belum ada penilaian.")));
		mvc.perform(get(base(other.id()) + "/result").with(user(gambir.user()))).andExpect(status().isForbidden());
	}

	@Test
	void anOverrideWithoutAReasonIsRefusedAndChangesNothing() throws Exception {
		assessing.selfAssess(gambir.user(), FreshParticipants.answers(Map.of()));
		mvc.perform(override(gambir.id()).param("phase", "SCALING").param("reason", ""))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("overrideForm", "reason", "NotBlank"))
			.andExpect(content().string(containsString("Tulis alasan penetapan.")));
		mvc.perform(override(gambir.id()).param("phase", "SCALING").param("reason", "   cek   "))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("overrideForm", "reason", "Pattern"))
			.andExpect(content().string(containsString("Alasan harus 10 sampai 500 karakter.")))
			.andExpect(content().string(not(containsString("Tulis alasan penetapan."))));
		mvc.perform(override(gambir.id()).param("phase", "SCALING").param("reason", "x".repeat(501)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("overrideForm", "reason", "Pattern"))
			.andExpect(content().string(containsString("Alasan harus 10 sampai 500 karakter.")));
		mvc.perform(override(gambir.id()).param("phase", "UNICORN").param("reason", REASON))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("overrideForm", "phase", "typeMismatch"));
		assertThat(assessmentsOf(gambir.id())).isOne();
		assertThat(assessments.currentPhase(gambir.id())).contains(Phase.EARLY);
		assertThat(jdbc.queryForObject("select count(*) from phase_change where participant_id = ?", Integer.class,
				gambir.id())).isZero();
	}

	@Test
	void anOverrideThatChangesNothingIsRefused() throws Exception {
		AssessmentSummary latest = assessing.selfAssess(gambir.user(), FreshParticipants.answers(Map.of()));
		mvc.perform(override(gambir.id()).param("phase", latest.phase().name()).param("track", "").param("reason", REASON))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("overrideForm", "phase", "assessment.override.nothing"));
		assertThat(assessmentsOf(gambir.id())).isOne();
	}

	@Test
	void thereIsNothingToOverrideBeforeTheFirstAssessment() throws Exception {
		mvc.perform(get(base(gambir.id()) + "/result").with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Peserta ini belum pernah dinilai.")));
		mvc.perform(override(gambir.id()).param("phase", "SCALING").param("reason", REASON))
			.andExpect(status().isNotFound());
	}

	@Test
	void anOverrideIsANewAuditedRecordThatBothOfficerAndEntrepreneurSee() throws Exception {
		AssessmentSummary before = assessing.selfAssess(gambir.user(), FreshParticipants.answers(Map.of()));

		mvc.perform(override(gambir.id()).param("phase", "SCALING").param("track", "CAPITAL_ACCESS")
			.param("reason", "  " + REASON + "  "))
			.andExpect(redirectedUrl(base(gambir.id()) + "/result"))
			.andExpect(flash().attribute("flashSuccess", "assessment.override.saved"));

		AssessmentSummary after = assessments.latest(gambir.id()).orElseThrow();
		assertThat(after.id()).isNotEqualTo(before.id());
		assertThat(after.phase()).isEqualTo(Phase.SCALING);
		assertThat(after.track()).isEqualTo(Track.CAPITAL_ACCESS);
		assertThat(after.overridden()).isTrue();
		assertThat(after.steps()).isEqualTo(before.steps());
		assertThat(jdbc.queryForMap("select assessor_role, source, assessed_by, overridden_by, override_reason, "
				+ "previous_phase, naik_kelas from assessment where id = ?", after.id()))
			.containsEntry("assessor_role", "OFFICER")
			.containsEntry("source", "OVERRIDE")
			.containsEntry("assessed_by", officer.accountId())
			.containsEntry("overridden_by", officer.accountId())
			.containsEntry("override_reason", REASON)
			.containsEntry("previous_phase", "EARLY")
			.containsEntry("naik_kelas", true);
		assertThat(jdbc.queryForMap("select phase, overridden from assessment where id = ?", before.id()))
			.as("the overridden assessment stays as it was")
			.containsEntry("phase", "EARLY")
			.containsEntry("overridden", false);
		assertThat(jdbc.queryForList("select direction || ':' || source from phase_change where participant_id = ?",
				String.class, gambir.id())).containsExactly("UP:OVERRIDE");

		mvc.perform(get("/me/assessment/history").with(user(gambir.user())))
			.andExpect(content().string(containsString(REASON)))
			.andExpect(content().string(containsString("ditetapkan oleh petugas Petugas Jakarta Pusat")));
		mvc.perform(get(base(gambir.id()) + "/result").with(user(officer)))
			.andExpect(content().string(containsString(REASON)))
			.andExpect(content().string(containsString("Ditetapkan petugas")));
		mvc.perform(get("/me").with(user(gambir.user())))
			.andExpect(content().string(containsString("Berkembang")))
			.andExpect(content().string(containsString("Ditetapkan petugas")));
	}

}
