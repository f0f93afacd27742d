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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.assessment.domain.Assessing;
import id.jakpreneur.portal.assessment.AssessmentSummary;
import id.jakpreneur.portal.assessment.Assessments;
import id.jakpreneur.portal.assessment.FreshParticipants.Fresh;
import id.jakpreneur.portal.assessment.FreshParticipants;
import id.jakpreneur.portal.assessment.Phase;
import id.jakpreneur.portal.assessment.Track;
import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.shared.Jakarta;
import id.jakpreneur.portal.support.PortalWebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The entrepreneur's questionnaire: prefilled, validated on the server beside each field, stored, shown on /me. */
@PortalWebTest
class SelfAssessmentWebTests {

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

	private Fresh me;

	@BeforeEach
	void register() {
		me = FreshParticipants.register(registration, accounts, FreshParticipants.GAMBIR, FreshParticipants.kuliner());
	}

	/** Every answer of a kuliner seller of three years with an NIB, as the browser sends them, some replaced. */
	private MockHttpServletRequestBuilder answers(String... replaced) {
		Map<String, List<String>> params = new LinkedHashMap<>();
		params.put("stage", List.of("RUNNING"));
		params.put("runningSince", List.of(LocalDate.now(Jakarta.ZONE).minusYears(3).toString()));
		params.put("sector", List.of("KULINER"));
		params.put("sellsRegularly", List.of("true"));
		params.put("monthlySales", List.of("9.000.000"));
		params.put("capital", List.of("Rp 4.500.000"));
		params.put("employees", List.of("1"));
		params.put("channels", List.of("OFFLINE", "SOCIAL_MEDIA"));
		params.put("licences", List.of("NIB"));
		params.put("nibNumber", List.of("912 0301 2345 67"));
		params.put("hasPackaging", List.of("true"));
		params.put("hasLabel", List.of("false"));
		params.put("knowsShelfLife", List.of("true"));
		params.put("keepsBooks", List.of("false"));
		params.put("separatesMoney", List.of("false"));
		params.put("hadCredit", List.of("false"));
		params.put("hasDigitalPresence", List.of("true"));
		params.put("mainObstacle", List.of("MARKETING"));
		for (int i = 0; i < replaced.length; i += 2) {
			params.put(replaced[i], List.of(replaced[i + 1]));
		}
		MockHttpServletRequestBuilder request = post("/me/assessment").with(user(me.user())).with(csrf());
		params.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
		return request;
	}

	private int assessmentsOfMe() {
		return jdbc.queryForObject("select count(*) from assessment where participant_id = ?", Integer.class, me.id());
	}

	@Test
	void theFormStartsFromTheProfile() throws Exception {
		AnswersForm form = (AnswersForm) mvc.perform(get("/me/assessment").with(user(me.user())))
			.andExpect(status().isOk())
			.andExpect(view().name(SelfAssessmentController.FORM_VIEW))
			.andReturn().getModelAndView().getModel().get("form");
		assertThat(form.getCapital()).isEqualTo("4.500.000");
		assertThat(form.getMonthlySales()).isEqualTo("9.000.000");
		assertThat(form.getLicences()).containsExactly(LicenceType.NIB);
		assertThat(form.getNibNumber()).isEqualTo(FreshParticipants.NIB);
		assertThat(form.getMainObstacle()).as("extra questions start empty, to be answered on purpose").isNull();
		assertThat(form.getSeparatesMoney()).isNull();
	}

	@Test
	void theExtraQuestionsStartFromTheLatestAnswers() throws Exception {
		mvc.perform(answers()).andExpect(status().is3xxRedirection());
		AnswersForm form = (AnswersForm) mvc.perform(get("/me/assessment").with(user(me.user())))
			.andReturn().getModelAndView().getModel().get("form");
		assertThat(form.getMainObstacle()).hasToString("MARKETING");
		assertThat(form.getHasDigitalPresence()).isTrue();
		assertThat(form.getHasLabel()).isFalse();
	}

	@Test
	void unansweredQuestionsAreRefusedBesideEachFieldAndNothingIsStored() throws Exception {
		mvc.perform(post("/me/assessment").with(user(me.user())).with(csrf())
			.param("stage", "RUNNING").param("sector", "KULINER"))
			.andExpect(status().isOk())
			.andExpect(view().name(SelfAssessmentController.FORM_VIEW))
			.andExpect(model().attributeHasFieldErrorCode("form", "runningSince", "assessment.form.runningSince.required"))
			.andExpect(model().attributeHasFieldErrors("form", "sellsRegularly", "monthlySales", "capital", "employees",
					"hasPackaging", "hasLabel", "knowsShelfLife", "keepsBooks", "separatesMoney", "hadCredit",
					"hasDigitalPresence", "mainObstacle"))
			.andExpect(content().string(containsString("Wajib diisi.")))
			.andExpect(content().string(containsString("Isi tanggal usaha mulai berjalan.")))
			.andExpect(content().string(containsString("aria-describedby=\"employees-error\"")));
		assertThat(assessmentsOfMe()).isZero();
	}

	@Test
	void moneyMustBeRupiahTheIndonesianWay() throws Exception {
		mvc.perform(answers("monthlySales", "sembilan juta", "capital", "-5"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "monthlySales", "validation.rupiah"))
			.andExpect(model().attributeHasFieldErrorCode("form", "capital", "validation.notNegative"))
			.andExpect(content().string(containsString("Tulis angka rupiah, misalnya 1.500.000 atau 1500000.")));
		assertThat(assessmentsOfMe()).isZero();
	}

	@Test
	void anNibHasThirteenDigits() throws Exception {
		mvc.perform(answers("nibNumber", "12345"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "nibNumber", "assessment.form.nib.invalid"))
			.andExpect(content().string(containsString("NIB terdiri atas 13 angka.")));
		mvc.perform(answers("nibNumber", ""))
			.andExpect(model().attributeHasFieldErrorCode("form", "nibNumber", "assessment.form.nib.required"));
		assertThat(assessmentsOfMe()).isZero();
	}

	@Test
	void sellingRegularlyNeedsMonthlySales() throws Exception {
		mvc.perform(answers("monthlySales", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "monthlySales",
					"assessment.form.monthlySales.neededWhenSelling"));
		assertThat(assessmentsOfMe()).isZero();
	}

	@Test
	void aStartDateInTheFutureOrNotADateIsRefused() throws Exception {
		mvc.perform(answers("runningSince", LocalDate.now(Jakarta.ZONE).plusDays(2).toString()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "runningSince", "validation.dateInFuture"));
		mvc.perform(answers("runningSince", "kemarin"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "runningSince"));
		mvc.perform(answers("mainObstacle", "EVERYTHING", "employees", "-1"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "mainObstacle", "employees"));
		assertThat(assessmentsOfMe()).isZero();
	}

	@Test
	void anIdeaIsNotAskedAboutSelling() throws Exception {
		mvc.perform(post("/me/assessment").with(user(me.user())).with(csrf())
			.param("stage", "IDEA").param("sector", "KRIYA").param("capital", "2000000").param("employees", "0")
			.param("keepsBooks", "false").param("separatesMoney", "false").param("hadCredit", "false")
			.param("hasDigitalPresence", "false").param("mainObstacle", "CAPITAL")
			.param("runningSince", "").param("monthlySales", "banyak"))
			.andExpect(redirectedUrl("/me"));
		AssessmentSummary latest = assessments.latest(me.id()).orElseThrow();
		assertThat(latest.phase()).isEqualTo(Phase.IDEA);
		assertThat(latest.track()).isEqualTo(Track.IDEA_TO_BUSINESS);
	}

	@Test
	void validAnswersAreAssessedStoredAndShownOnTheHomePage() throws Exception {
		mvc.perform(answers())
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/me"))
			.andExpect(flash().attribute("flashSuccess", "assessment.saved"));

		AssessmentSummary latest = assessments.latest(me.id()).orElseThrow();
		assertThat(latest.phase()).isEqualTo(Phase.GROWING);
		assertThat(latest.track()).isEqualTo(Track.LEGALITY_AND_STANDARDS);
		assertThat(jdbc.queryForMap("select assessor_role, source, assessed_by, licences::text as licences, capital "
				+ "from assessment where id = ?", latest.id()))
			.containsEntry("assessor_role", "ENTREPRENEUR")
			.containsEntry("source", "QUESTIONNAIRE")
			.containsEntry("assessed_by", me.user().accountId())
			.containsEntry("licences", "{\"NIB\":\"" + FreshParticipants.NIB + "\"}")
			.containsEntry("capital", 4_500_000L);

		mvc.perform(get("/me").with(user(me.user())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tumbuh")))
			.andExpect(content().string(containsString("Usaha menjual secara rutin dan sudah memiliki NIB.")))
			.andExpect(content().string(containsString("Legalitas &amp; standar produk")))
			.andExpect(content().string(containsString("Anda sudah memiliki NIB, tetapi produk makanan juga memerlukan")))
			.andExpect(content().string(containsString("Langkah Anda sekarang: Pendaftaran.")))
			.andExpect(content().string(containsString("Bukti: Jualan langsung (warung, lapak, pesanan), Media sosial")))
			.andExpect(content().string(not(containsString("SOCIAL_MEDIA"))))
			.andExpect(content().string(not(containsString("Mulai penilaian"))));
		mvc.perform(get("/me").param("lang", "en").with(user(me.user())))
			.andExpect(content().string(containsString("Evidence: Direct sales (stall, shop, orders), Social media")));
	}

	@Test
	void withoutAnAssessmentTheNextActionIsToTakeIt() throws Exception {
		mvc.perform(get("/me").with(user(me.user())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mulai penilaian")))
			.andExpect(content().string(containsString("href=\"/me/assessment\"")));
	}

	@Test
	void theHistoryShowsEveryAssessmentAndTheMoveUp() throws Exception {
		assessing.selfAssess(me.user(), FreshParticipants.answers(Map.of()));
		assessing.selfAssess(me.user(), FreshParticipants.answers(Map.of(LicenceType.NIB, FreshParticipants.NIB)));
		mvc.perform(get("/me/assessment/history").with(user(me.user())))
			.andExpect(status().isOk())
			.andExpect(view().name(SelfAssessmentController.HISTORY_VIEW))
			.andExpect(content().string(containsString("Naik kelas: Awal ke Tumbuh")))
			.andExpect(content().string(containsString("Naik kelas dari Awal")));
		mvc.perform(get("/me/assessment/history").param("lang", "en").with(user(me.user())))
			.andExpect(content().string(containsString("Moved up a class: Early to Growing")));
	}

}
