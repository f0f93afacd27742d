package id.jakpreneur.portal.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import id.jakpreneur.portal.account.AccountActivation;
import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.assessment.Assessments;
import id.jakpreneur.portal.assessment.FreshParticipants;
import id.jakpreneur.portal.assessment.FreshParticipants.Fresh;
import id.jakpreneur.portal.assessment.domain.Assessing;
import id.jakpreneur.portal.document.DocumentFixtures;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.mentoring.domain.Assignments;
import id.jakpreneur.portal.mentoring.domain.MentorDetails;
import id.jakpreneur.portal.mentoring.domain.MentorKind;
import id.jakpreneur.portal.mentoring.domain.MentorLanguage;
import id.jakpreneur.portal.mentoring.domain.MentorManagement;
import id.jakpreneur.portal.shared.Jakarta;
import id.jakpreneur.portal.support.Activated;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.SentNotices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 18 in P6: reports back-filled late count only once confirmed; the mentor (or an officer) verifies a report or
 * returns it with a reason the participant reads, corrects and submits again; and a report whose sales differ from
 * the sales the mentor verified in a session is flagged to the mentor. The participant lives in Cempaka Putih, the
 * demo officer's area, and has her own mentor.
 */
@PortalWebTest
class ReportReviewTests {

	private static final YearMonth THIS_MONTH = YearMonth.now(Jakarta.ZONE);

	@Autowired
	MockMvc mvc;

	@Autowired
	Registration registration;

	@Autowired
	AccountManagement accounts;

	@Autowired
	AccountActivation activations;

	@Autowired
	Assessing assessing;

	@Autowired
	Assessments assessments;

	@Autowired
	MentorManagement mentors;

	@Autowired
	Assignments assignments;

	@Autowired
	JdbcTemplate jdbc;

	private Fresh citizen;

	private PortalUser mentor;

	private PortalUser officer;

	@BeforeEach
	void setUp() {
		officer = FreshParticipants.demo(accounts, Role.OFFICER);
		citizen = FreshParticipants.register(registration, accounts, "31.71.05.1001", FreshParticipants.kuliner());
		assessing.selfAssess(citizen.user(), FreshParticipants.answers(Map.of()));
		String email = "m-" + UUID.randomUUID() + "@test.local";
		MentorManagement.MentorCreated created = mentors.create(officer, new MentorDetails("Pendamping Laporan",
				"+6281311112222", MentorKind.EXPERT, null, null,
				Set.of(assessments.latest(citizen.id()).orElseThrow().track()), Set.of("31.71.05"),
				EnumSet.of(MentorLanguage.INDONESIAN), 5, false), email);
		Activated.withPassword(activations, created.slip(), "rahasia-uji-123");
		mentor = (PortalUser) accounts.loadUserByUsername(email);
		assignments.assign(officer, citizen.id(), created.mentorId());
	}

	@Test
	void backFilledLateReportsCountForP6OnlyOnceConfirmed() throws Exception {
		for (int back = 5; back >= 3; back--) {
			file(report(THIS_MONTH.minusMonths(back), "9000000")).andExpect(redirectedUrl("/me/reports"));
		}
		assertThat(jdbc.queryForList("select late from financial_report where participant_id = ?", Boolean.class,
				citizen.id())).containsOnly(true);
		assertThat(p6()).as("three late months typed in a minute complete nothing").isZero();
		mvc.perform(get("/me/reports").with(user(citizen.user())))
			.andExpect(content().string(containsString("Dikirim terlambat")));
		mvc.perform(get(reviewPage(mentor)).with(user(mentor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Konfirmasi laporan terlambat")));

		for (long id : reportIds()) {
			mvc.perform(post(reviewPage(mentor) + "/" + id + "/verify").with(user(mentor)).with(csrf()))
				.andExpect(redirectedUrl(reviewPage(mentor)))
				.andExpect(flash().attribute("flashSuccess", "programme.report.review.verified"));
		}
		assertThat(p6()).isEqualTo(1);
		assertThat(jdbc.queryForList("""
				select actor_id from participant_timeline where participant_id = ? and kind = 'REPORT_CONFIRMED'
				""", Long.class, citizen.id())).hasSize(3).containsOnly(mentor.accountId());
	}

	@Test
	void aReturnedReportReachesTheCitizenWithItsReasonAndIsResubmitted() throws Exception {
		YearMonth month = THIS_MONTH.minusMonths(1);
		file(report(month, "9000000")).andExpect(redirectedUrl("/me/reports"));
		long id = reportIds().get(0);
		String page = reviewPage(officer);

		mvc.perform(post(page + "/" + id + "/return").with(user(officer)).with(csrf()).param("reason", ""))
			.andExpect(status().isOk())
			.andExpect(model().attribute("reasonError", "programme.report.review.reason.required"))
			.andExpect(content().string(containsString("Tuliskan alasan pengembalian")));
		mvc.perform(post(page + "/" + id + "/return").with(user(officer)).with(csrf())
			.param("reason", "Biaya bahan baku belum dimasukkan"))
			.andExpect(redirectedUrl(page));
		assertThat(statusOf(id)).isEqualTo("RETURNED");
		assertThat(new SentNotices(jdbc).bell(citizen.user().accountId(), "REPORT_RETURNED"))
			.singleElement()
			.satisfies(n -> assertThat(n.args()).contains("Biaya bahan baku belum dimasukkan"));
		// the returned report is named at the top of her page, above the form, not only in the table's last column
		mvc.perform(get("/me/reports").with(user(citizen.user())))
			.andExpect(content().string(containsString("data-returned-report")))
			.andExpect(content().string(containsString("Alasan: Biaya bahan baku belum dimasukkan")))
			.andExpect(content().string(containsString("/me/reports?correct=" + month)));
		mvc.perform(get("/me/reports").param("correct", month.toString()).with(user(citizen.user())))
			.andExpect(content().string(containsString("value=\"9000000\"")));
		mvc.perform(post(page + "/" + id + "/verify").with(user(officer)).with(csrf()))
			.andExpect(flash().attribute("flashError", "programme.report.review.notWaiting"));

		file(report(month, "9000000", "costs", "7000000")).andExpect(redirectedUrl("/me/reports"));
		assertThat(statusOf(id)).isEqualTo("SUBMITTED");
		assertThat(jdbc.queryForObject("select costs from financial_report where id = ?", Long.class, id))
			.isEqualTo(7_000_000L);
		mvc.perform(get("/me/reports").with(user(citizen.user())))
			.andExpect(content().string(not(containsString("data-returned-report"))));
		mvc.perform(post(page + "/" + id + "/verify").with(user(officer)).with(csrf())).andExpect(redirectedUrl(page));
		assertThat(statusOf(id)).isEqualTo("VERIFIED");
		assertThat(jdbc.queryForList("""
				select kind || ':' || actor_id from participant_timeline
				where participant_id = ? and kind like 'REPORT_%' order by id
				""", String.class, citizen.id())).containsExactly("REPORT_FILED:" + citizen.user().accountId(),
				"REPORT_RETURNED:" + officer.accountId(), "REPORT_FILED:" + citizen.user().accountId(),
				"REPORT_VERIFIED:" + officer.accountId());
		file(report(month, "9000000")).andExpect(model().attributeHasFieldErrorCode("form", "month",
				"programme.report.month.taken"));
	}

	@Test
	void salesFarFromWhatTheMentorVerifiedAreFlaggedToTheMentor() throws Exception {
		YearMonth checked = THIS_MONTH.minusMonths(1);
		YearMonth close = THIS_MONTH.minusMonths(2);
		mvc.perform(post("/mentor/mentees/" + citizen.id() + "/sessions").with(user(mentor)).with(csrf())
			.param("heldOn", LocalDate.now(Jakarta.ZONE).toString())
			.param("mode", "VISIT")
			.param("durationMinutes", "60")
			.param("topics", "Buku kas dan nota penjualan")
			.param("salesMonth", checked.toString())
			.param("verifiedSales", "10.000.000"));
		assertThat(jdbc.queryForObject("select count(*) from mentor_verified_sales where participant_id = ?",
				Integer.class, citizen.id())).isEqualTo(1);
		jdbc.update("""
				insert into mentoring_session (assignment_id, participant_id, mentor_id, held_on, mode, duration_minutes,
				  topics, sales_month, verified_sales, logged_by)
				select assignment_id, participant_id, mentor_id, held_on, mode, duration_minutes, topics, ?, 8000000,
				  logged_by from mentoring_session where participant_id = ?
				""", close.atDay(1), citizen.id());

		file(report(checked, "20.000.000")).andExpect(redirectedUrl("/me/reports"));
		file(report(close, "9.500.000")).andExpect(redirectedUrl("/me/reports"));

		assertThat(new SentNotices(jdbc).bell(mentor.accountId(), "REPORT_SALES_DIFFER"))
			.singleElement()
			.satisfies(n -> {
				assertThat(n.link()).isEqualTo("/mentor/mentees/" + citizen.id() + "/reports");
				assertThat(n.args()).contains("20.000.000", "10.000.000");
			});
		String page = mvc.perform(get(reviewPage(mentor)).with(user(mentor)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.split("Berbeda dari verifikasi", -1)).as("one report marked").hasSize(2);
		mvc.perform(get(reviewPage(mentor)).with(user(FreshParticipants.demo(accounts, Role.MENTOR))))
			.andExpect(status().isNotFound());
	}

	@Test
	void aReportCarriesItsBankStatementAndARefusedFileSavesNothing() throws Exception {
		YearMonth month = THIS_MONTH.minusMonths(1);
		mvc.perform(withDocument(month,
				new MockMultipartFile("document", "rekening.pdf", "application/pdf", DocumentFixtures.exe())))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "document"));
		assertThat(reportIds()).as("nothing half-saved").isEmpty();

		mvc.perform(withDocument(month, new MockMultipartFile("document", "rekening-koran.pdf", "application/pdf",
				DocumentFixtures.pdf())))
			.andExpect(redirectedUrl("/me/reports"));
		long id = reportIds().get(0);
		long document = jdbc.queryForObject(
				"select id from document where purpose = 'FINANCIAL_REPORT' and subject_id = ?", Long.class, id);
		mvc.perform(get(reviewPage(mentor)).with(user(mentor)))
			.andExpect(content().string(containsString("/documents/" + document)))
			.andExpect(content().string(containsString("rekening-koran.pdf")));
		mvc.perform(get("/documents/" + document).with(user(mentor))).andExpect(status().isOk());
	}

	private org.springframework.test.web.servlet.RequestBuilder withDocument(YearMonth month, MockMultipartFile file) {
		return multipart("/me/reports").file(file)
			.param("month", month.toString())
			.param("sales", "9000000")
			.param("costs", "6000000")
			.param("employees", "2")
			.param("shareOffline", "100")
			.param("shareMarketplace", "0")
			.param("shareSocialMedia", "0")
			.param("shareReseller", "0")
			.with(user(citizen.user()))
			.with(csrf());
	}

	private String reviewPage(PortalUser reviewer) {
		return (reviewer.role() == Role.MENTOR ? "/mentor/mentees/" : "/officer/entrepreneurs/") + citizen.id()
				+ "/reports";
	}

	/** A valid report for the month with these sales, and other fields replaced: name, value, name, value... */
	private MockHttpServletRequestBuilder report(YearMonth month, String sales, String... replaced) {
		MockHttpServletRequestBuilder request = post("/me/reports").param("month", month.toString())
			.param("sales", sales)
			.param("employees", "2")
			.param("shareOffline", "60")
			.param("shareMarketplace", "30")
			.param("shareSocialMedia", "10")
			.param("shareReseller", "0");
		boolean costs = false;
		for (int i = 0; i < replaced.length; i += 2) {
			request.param(replaced[i], replaced[i + 1]);
			costs |= replaced[i].equals("costs");
		}
		return costs ? request : request.param("costs", "6000000");
	}

	private ResultActions file(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(user(citizen.user())).with(csrf()));
	}

	private java.util.List<Long> reportIds() {
		return jdbc.queryForList("select id from financial_report where participant_id = ? order by report_month",
				Long.class, citizen.id());
	}

	private String statusOf(long id) {
		return jdbc.queryForObject("select status from financial_report where id = ?", String.class, id);
	}

	private int p6() {
		return jdbc.queryForObject("select count(*) from financial_reporting_completion where participant_id = ?",
				Integer.class, citizen.id());
	}

}
