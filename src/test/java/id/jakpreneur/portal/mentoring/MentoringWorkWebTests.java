package id.jakpreneur.portal.mentoring;

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
import java.time.YearMonth;
import java.util.Set;

import id.jakpreneur.portal.account.AccountActivation;
import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.assessment.Assessments;
import id.jakpreneur.portal.assessment.FreshParticipants.Fresh;
import id.jakpreneur.portal.assessment.FreshParticipants;
import id.jakpreneur.portal.assessment.StepCode;
import id.jakpreneur.portal.assessment.StepStatus;
import id.jakpreneur.portal.assessment.domain.Assessing;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.mentoring.domain.Assignments;
import id.jakpreneur.portal.mentoring.domain.MentorManagement;
import id.jakpreneur.portal.shared.Jakarta;
import id.jakpreneur.portal.support.PortalWebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The mentor's and the mentee's side: the mentor sees only their own mentees and who needs attention, logs sessions
 * (refused in the future), the mentee sees them and ticks actions done, four sessions complete P3, and the mentor
 * re-assesses after a visit.
 */
@PortalWebTest
class MentoringWorkWebTests {

	/** Cempaka Putih, Jakarta Pusat: this class's own kecamatan. */
	private static final String CEMPAKA_PUTIH = "31.71.05.1001";

	@Autowired
	MockMvc mvc;

	@Autowired
	Registration registration;

	@Autowired
	AccountActivation activations;

	@Autowired
	AccountManagement accounts;

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

	private Fresh mentee;

	private MentoringFixtures.Created mentor;

	private LocalDate today;

	@BeforeEach
	void setUp() {
		PortalUser officer = FreshParticipants.demo(accounts, Role.OFFICER);
		mentee = MentoringFixtures.waiting(registration, accounts, assessing, CEMPAKA_PUTIH);
		mentor = MentoringFixtures.mentor(mentors, activations, accounts, officer, "Pendamping Cempaka",
				Set.of(assessments.latest(mentee.id()).orElseThrow().track()), Set.of("31.71.05"), 5);
		assignments.assign(officer, mentee.id(), mentor.id());
		today = LocalDate.now(Jakarta.ZONE);
	}

	private MockHttpServletRequestBuilder session(LocalDate day) {
		return post("/mentor/mentees/" + mentee.id() + "/sessions").with(user(mentor.login()))
			.with(csrf())
			.param("heldOn", day.toString())
			.param("mode", "VISIT")
			.param("durationMinutes", "90")
			.param("topics", "Foto produk dan harga jual");
	}

	private void backdateAssignment(int days) {
		jdbc.update("update mentor_assignment set assigned_at = assigned_at - make_interval(days => ?) "
				+ "where participant_id = ? and ended_at is null", days, mentee.id());
	}

	@Test
	void theMentorSeesOnlyTheirOwnMentees() throws Exception {
		mvc.perform(get("/mentor").with(user(mentor.login())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/mentor/mentees/" + mentee.id() + "\"")))
			.andExpect(content().string(containsString("Belum ada sesi")));
		Fresh other = MentoringFixtures.waiting(registration, accounts, assessing, CEMPAKA_PUTIH);
		PortalUser demoMentor = FreshParticipants.demo(accounts, Role.MENTOR);
		for (PortalUser someoneElse : new PortalUser[] { demoMentor }) {
			mvc.perform(get("/mentor/mentees/" + mentee.id()).with(user(someoneElse))).andExpect(status().isNotFound());
			mvc.perform(get("/mentor/mentees/" + mentee.id() + "/sessions/new").with(user(someoneElse)))
				.andExpect(status().isNotFound());
			mvc.perform(get("/mentor/mentees/" + mentee.id() + "/assessment").with(user(someoneElse)))
				.andExpect(status().isNotFound());
		}
		mvc.perform(get("/mentor/mentees/" + other.id()).with(user(mentor.login()))).andExpect(status().isNotFound());
		mvc.perform(post("/mentor/mentees/" + other.id() + "/sessions").with(user(mentor.login())).with(csrf())
			.param("heldOn", today.toString()).param("mode", "VISIT").param("durationMinutes", "60")
			.param("topics", "Tidak boleh"))
			.andExpect(status().isNotFound());
		assertThat(jdbc.queryForObject("select count(*) from mentoring_session where participant_id = ?", Integer.class,
				other.id())).isZero();
	}

	@Test
	void aSessionInTheFutureOrWithHalfAnActionIsRefusedBesideTheField() throws Exception {
		mvc.perform(session(today.plusDays(1)).param("actions[0].description", "Daftar SPP-IRT"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "heldOn", "validation.dateInFuture"))
			.andExpect(model().attributeHasFieldErrorCode("form", "actions[0].dueOn", "mentoring.session.actionDueRequired"))
			.andExpect(content().string(containsString("Tanggal tidak boleh di masa depan.")));
		mvc.perform(session(today).param("verifiedSales", "1.2.3").param("actions[99].description", "diabaikan"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "verifiedSales", "validation.rupiah"));
		mvc.perform(session(today).param("actions[2].description", "Foto produk").param("actions[2].dueOn",
				today.minusDays(1).toString()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "actions[2].dueOn", "mentoring.session.dueBeforeSession"));
		assertThat(jdbc.queryForObject("select count(*) from mentoring_session where participant_id = ?", Integer.class,
				mentee.id())).isZero();
	}

	@Test
	void theMenteeSeesTheSessionAndItsActionsAndTicksThemDone() throws Exception {
		YearMonth lastMonth = YearMonth.from(today).minusMonths(1);
		backdateAssignment(40);
		mvc.perform(session(today).param("notes", "Harga nasi uduk dinaikkan Rp 1.000.")
			.param("nextMeetingOn", today.plusDays(14).toString())
			.param("salesMonth", lastMonth.toString())
			.param("verifiedSales", "12.500.000")
			.param("actions[0].description", "Buat akun marketplace")
			.param("actions[0].dueOn", today.plusDays(7).toString())
			.param("actions[1].description", "")
			.param("actions[3].description", "Catat penjualan harian")
			.param("actions[3].dueOn", today.plusDays(30).toString()))
			.andExpect(redirectedUrl("/mentor/mentees/" + mentee.id()))
			.andExpect(flash().attribute("flashSuccess", "mentoring.session.saved"));
		assertThat(jdbc.queryForMap("select verified_sales, sales_month from mentoring_session where participant_id = ?",
				mentee.id()))
			.containsEntry("verified_sales", 12_500_000L)
			.containsEntry("sales_month", java.sql.Date.valueOf(lastMonth.atDay(1)));
		assertThat(jdbc.queryForObject("select count(*) from notification where account_id = ? and kind = 'SESSION_LOGGED'",
				Integer.class, mentee.user().accountId())).isOne();

		mvc.perform(get("/me/mentoring").with(user(mentee.user())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Pendamping Cempaka")))
			.andExpect(content().string(containsString("Foto produk dan harga jual")))
			.andExpect(content().string(containsString("Harga nasi uduk dinaikkan Rp 1.000.")))
			.andExpect(content().string(containsString("Rp 12.500.000")))
			.andExpect(content().string(containsString("Buat akun marketplace")))
			.andExpect(content().string(containsString("Catat penjualan harian")));
		long action = jdbc.queryForObject("select id from mentoring_action where participant_id = ? and description = ?",
				Long.class, mentee.id(), "Buat akun marketplace");
		Fresh stranger = FreshParticipants.register(registration, accounts, CEMPAKA_PUTIH, FreshParticipants.kuliner());
		mvc.perform(post("/me/mentoring/actions/" + action).with(user(stranger.user())).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/me/mentoring/actions/" + action).param("done", "true").with(user(mentee.user())).with(csrf()))
			.andExpect(redirectedUrl("/me/mentoring"))
			.andExpect(flash().attribute("flashSuccess", "mentoring.me.action.done"));
		assertThat(jdbc.queryForMap("select done_at is not null as done, done_by from mentoring_action where id = ?", action))
			.containsEntry("done", true)
			.containsEntry("done_by", mentee.user().accountId());
		// the mentor's list shows the last session and, with the month verified, no overdue report
		mvc.perform(get("/mentor").with(user(mentor.login())))
			.andExpect(content().string(containsString(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy").format(today))));
	}

	@Test
	void theMentorsListSaysWhoNeedsAttention() throws Exception {
		backdateAssignment(45);
		jdbc.update("""
				update assessment_current
				set step_since = array(select t - interval '120 days' from unnest(step_since) with ordinality as s(t, i)
				                       order by i)
				where participant_id = ?""", mentee.id());
		mvc.perform(get("/mentor").with(user(mentor.login())))
			.andExpect(content().string(containsString("Tidak ada sesi selama 30 hari atau lebih")))
			.andExpect(content().string(containsString("selama 90 hari atau lebih")))
			.andExpect(content().string(containsString("belum diverifikasi")));
	}

	@Test
	void fourSessionsOnDifferentDaysWithin120DaysCompleteP3() throws Exception {
		backdateAssignment(100);
		for (int daysAgo : new int[] { 90, 60, 30 }) {
			mvc.perform(session(today.minusDays(daysAgo)))
				.andExpect(flash().attribute("flashSuccess", "mentoring.session.saved"));
		}
		assertThat(assessments.latest(mentee.id()).orElseThrow().step(StepCode.P3).status()).isEqualTo(StepStatus.NEEDED);
		mvc.perform(session(today)).andExpect(flash().attribute("flashSuccess", "mentoring.session.savedP3"));
		assertThat(assessments.latest(mentee.id()).orElseThrow().step(StepCode.P3).status())
			.isEqualTo(StepStatus.COMPLETED);
		assertThat(jdbc.queryForObject("select evidence from participant_step_completion where participant_id = ? "
				+ "and step = 'P3'", String.class, mentee.id())).startsWith("evidence.P3.sessions|4|");
		// a fifth session does not complete it twice
		mvc.perform(session(today.minusDays(10))).andExpect(flash().attribute("flashSuccess", "mentoring.session.saved"));
		assertThat(jdbc.queryForObject("select count(*) from participant_step_completion where participant_id = ? "
				+ "and step = 'P3'", Integer.class, mentee.id())).isOne();
	}

	@Test
	void theMentorReassessesTheirMenteeAfterAVisit() throws Exception {
		mvc.perform(get("/mentor/mentees/" + mentee.id() + "/assessment").with(user(mentor.login())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Penilaian setelah kunjungan: Peserta Uji")))
			.andExpect(content().string(containsString("href=\"/mentor/mentees/" + mentee.id() + "\"")));
		mvc.perform(post("/mentor/mentees/" + mentee.id() + "/assessment").with(user(mentor.login())).with(csrf())
			.param("stage", "RUNNING").param("runningSince", today.minusYears(2).toString())
			.param("sector", "JASA").param("sellsRegularly", "true").param("monthlySales", "5.000.000")
			.param("capital", "1.000.000").param("employees", "0").param("keepsBooks", "true")
			.param("separatesMoney", "true").param("hadCredit", "false").param("hasDigitalPresence", "false")
			.param("mainObstacle", "NONE"))
			.andExpect(redirectedUrl("/mentor/mentees/" + mentee.id()))
			.andExpect(flash().attribute("flashSuccess", "assessment.visit.saved"));
		assertThat(jdbc.queryForMap("select assessor_role, source, assessed_by from assessment where participant_id = ? "
				+ "order by id desc limit 1", mentee.id()))
			.containsEntry("assessor_role", "MENTOR")
			.containsEntry("source", "VISIT")
			.containsEntry("assessed_by", mentor.login().accountId());
		mvc.perform(post("/mentor/mentees/" + mentee.id() + "/assessment").with(user(mentor.login())).with(csrf())
			.param("stage", "RUNNING"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "sector"));
	}

	@Test
	void aMentorReplacedLosesAccessAndTheEntrepreneurPageShowsTheNewMentor() throws Exception {
		PortalUser officer = FreshParticipants.demo(accounts, Role.OFFICER);
		MentoringFixtures.Created next = MentoringFixtures.mentor(mentors, activations, accounts, officer, "Pendamping Baru Cempaka",
				Set.of(assessments.latest(mentee.id()).orElseThrow().track()), Set.of("31.71.05"), 5);
		assignments.reassign(officer, mentee.id(), next.id(), "Pendamping lama cuti panjang tiga bulan.");
		// the former mentor is told the participant has another mentor, and sees or logs nothing of theirs any more
		mvc.perform(get("/mentor/mentees/" + mentee.id()).with(user(mentor.login())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("sekarang didampingi pendamping lain")))
			.andExpect(content().string(not(containsString("/sessions/new"))));
		mvc.perform(get("/mentor/mentees/" + mentee.id() + "/sessions/new").with(user(mentor.login())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/mentor/mentees/" + mentee.id()).with(user(next.login()))).andExpect(status().isOk());
		mvc.perform(get("/me/mentoring").with(user(mentee.user())))
			.andExpect(content().string(containsString("Pendamping Baru Cempaka")))
			.andExpect(content().string(not(containsString(">Pendamping Cempaka<"))));
	}

}
