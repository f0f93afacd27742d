package id.jakpreneur.portal.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

import id.jakpreneur.portal.account.AccountActivation;
import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.assessment.Assessments;
import id.jakpreneur.portal.assessment.FreshParticipants;
import id.jakpreneur.portal.assessment.FreshParticipants.Fresh;
import id.jakpreneur.portal.assessment.Phase;
import id.jakpreneur.portal.assessment.Track;
import id.jakpreneur.portal.assessment.domain.Assessing;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.mentoring.domain.Assignments;
import id.jakpreneur.portal.mentoring.domain.MentorManagement;
import id.jakpreneur.portal.shared.Jakarta;
import id.jakpreneur.portal.support.CompiledDrawings;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.QueryCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Guidance that follows the facts (issue 18): an officer's override re-plans the steps and reasons on the mentee's
 * home and the mentor's pages and is credited to the officer in the timeline; P3 shows how many sessions on
 * different days count and until when; the phase card names what the next phase needs.
 */
@PortalWebTest
class GuidanceWebTests {

	/** Johar Baru, Jakarta Pusat: this class's own kecamatan. */
	private static final String JOHAR_BARU = "31.71.08.1001";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id"));

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

	@Autowired
	ParticipantRecords records;

	private PortalUser officer;

	private Fresh mentee;

	private MentoringFixtures.Created mentor;

	private LocalDate today;

	@BeforeEach
	void setUp() {
		officer = FreshParticipants.demo(accounts, Role.OFFICER);
		// a service business of three years, selling regularly through two channels, without an NIB or books:
		// EARLY, on the track LEGALITY_AND_STANDARDS; P2 and P5 recognised, P3, P4, P6 and P7 needed
		mentee = MentoringFixtures.waiting(registration, accounts, assessing, JOHAR_BARU);
		records.validate(officer, mentee.id());
		mentor = MentoringFixtures.mentor(mentors, activations, accounts, officer, "Pendamping Johar",
				Set.of(Track.LEGALITY_AND_STANDARDS), Set.of("31.71.08"), 5);
		assignments.assign(officer, mentee.id(), mentor.id());
		jdbc.update("update mentor_assignment set assigned_at = assigned_at - interval '60 days' "
				+ "where participant_id = ? and ended_at is null", mentee.id());
		today = LocalDate.now(Jakarta.ZONE);
	}

	@Test
	void theMenteePageReadsTheSameOnceItsExpressionsAreCompiled() throws Exception {
		session(today.minusDays(3));
		CompiledDrawings.assertDrawnAlike(mvc, "/mentor/mentees/" + mentee.id(), user(mentor.login()));
	}

	private String page(String url, PortalUser who) throws Exception {
		return mvc.perform(get(url).with(user(who))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	private void session(LocalDate day) throws Exception {
		mvc.perform(post("/mentor/mentees/" + mentee.id() + "/sessions").with(user(mentor.login())).with(csrf())
			.param("heldOn", day.toString()).param("mode", "VISIT").param("durationMinutes", "60")
			.param("topics", "Pembukuan harian"))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void anOverrideReplansTheStepsAndReasonsOnTheHomeAndTheMentorsView() throws Exception {
		assertThat(assessments.latest(mentee.id()).orElseThrow().track()).isEqualTo(Track.LEGALITY_AND_STANDARDS);
		String before = page("/me", mentee.user());
		assertThat(before).contains("Langkah Anda sekarang: Pendampingan.")
			.contains("Pendampingan Anda berfokus pada jalur Legalitas &amp; standar produk");

		String reason = "Kunjungan: NIB sudah terbit, buku kas belum ada.";
		assessing.override(officer, mentee.id(), Phase.GROWING, Track.FINANCE_AND_BOOKKEEPING, reason);

		String after = page("/me", mentee.user());
		assertThat(after).as("the next step is the overridden track's focus")
			.contains("Langkah Anda sekarang: Pelaporan keuangan.")
			.contains("Pendampingan Anda berfokus pada jalur Keuangan &amp; pembukuan")
			.contains("Ditetapkan petugas: " + reason)
			.contains("Petugas menetapkan hasil ini: " + reason)
			.contains("Petugas menetapkan fase Tumbuh")
			.contains("Petugas menetapkan jalur Keuangan &amp; pembukuan: Pelaporan keuangan didahulukan.")
			.as("the reasons of the phase and track the officer set aside are gone")
			.doesNotContain("Pendampingan Anda berfokus pada jalur Legalitas")
			.doesNotContain(reasonText("assessment.reason.phaseEarlyLicenceMissing"))
			.doesNotContain(reasonText("assessment.reason.trackLegalityNoNib"));
		String list = after.substring(after.indexOf("id=\"steps\""));
		assertThat(list.indexOf("Pelaporan keuangan")).as("P6 comes right after P1 in the list")
			.isLessThan(list.indexOf("Pelatihan"));

		String mentees = page("/mentor", mentor.login());
		assertThat(mentees).as("the mentee list shows the new track").contains("Keuangan &amp; pembukuan");
		String menteePage = page("/mentor/mentees/" + mentee.id(), mentor.login());
		assertThat(menteePage).contains("Keuangan &amp; pembukuan")
			.contains("Ditetapkan petugas: " + reason)
			.contains("Ke fase Berkembang");
		String plan = menteePage.substring(menteePage.indexOf("id=\"mentee-steps\""));
		assertThat(plan.indexOf(">P6</span>")).as("the mentor's plan puts P6 right after P1")
			.isLessThan(plan.indexOf(">P2</span>"));

		String timeline = page("/me/timeline", mentee.user());
		assertThat(timeline).contains("Petugas menetapkan tahap Tumbuh dan jalur Keuangan &amp; pembukuan")
			.contains(reason)
			.contains("oleh " + officer.fullName());
		assertThat(jdbc.queryForObject("select actor_id from participant_timeline where participant_id = ? and kind = 'OVERRIDE'",
				Long.class, mentee.id())).isEqualTo(officer.accountId());
	}

	@Test
	void mentoringShowsSessionsOnDifferentDaysAndTheWindowsLastDay() throws Exception {
		LocalDate first = today.minusDays(20);
		String until = DAY.format(first.plusDays(119));
		assertThat(page("/me", mentee.user())).contains("0 dari 4 sesi pendampingan pada hari berbeda; 120 hari dihitung");

		session(first);
		session(first);
		String sameDay = page("/me", mentee.user());
		assertThat(sameDay).as("a second session on the same day does not count")
			.contains("1 dari 4 sesi pendampingan pada hari berbeda, sampai " + until);

		session(today.minusDays(5));
		String home = page("/me", mentee.user());
		assertThat(home).contains("2 dari 4 sesi pendampingan pada hari berbeda, sampai " + until)
			.contains("4 sesi pendampingan pada hari berbeda dalam 120 hari, dicatat pendamping.");
		assertThat(page("/mentor/mentees/" + mentee.id(), mentor.login()))
			.contains("2 dari 4 sesi pendampingan pada hari berbeda, sampai " + until);
		String english = mvc.perform(get("/me").param("lang", "en").with(user(mentee.user())))
			.andReturn().getResponse().getContentAsString();
		assertThat(english).contains("2 of 4 mentoring sessions on different days, until "
				+ DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(first.plusDays(119)));
	}

	@Test
	void sessionsOlderThanTheWindowNoLongerCount() throws Exception {
		jdbc.update("update mentor_assignment set assigned_at = assigned_at - interval '200 days' "
				+ "where participant_id = ? and ended_at is null", mentee.id());
		session(today.minusDays(150));
		session(today.minusDays(10));
		assertThat(page("/me", mentee.user()))
			.contains("1 dari 4 sesi pendampingan pada hari berbeda, sampai " + DAY.format(today.minusDays(10).plusDays(119)));
	}

	@Test
	void everyStepStillNeededSaysWhatIsMissingInWordsThatStayTrue() throws Exception {
		String home = page("/me", mentee.user());
		assertThat(home).as("P4: a licence only declared on the profile does not count")
			.contains("0 dari 4 izin wajib terverifikasi petugas; belum: NIB, PKP, SPP-IRT, Halal")
			.contains("0 dari 3 bulan berturut-turut dengan laporan keuangan terverifikasi")
			.contains("Belum ada pencairan modal tercatat")
			.as("P5 is recognised from two channels, so nothing is missing of it")
			.doesNotContain("Belum ada penjualan terkonfirmasi")
			.contains("Laporan keuangan bulanan terverifikasi 3 bulan berturut-turut.")
			.contains("Pencairan modal dari bank atau mitra tercatat.");
		String english = mvc.perform(get("/me").param("lang", "en").with(user(mentee.user())))
			.andReturn().getResponse().getContentAsString();
		assertThat(english).contains("0 of 4 required licences verified by an officer; still missing: NIB, PKP, SPP-IRT, Halal")
			.contains("0 of 3 consecutive months with a verified financial report")
			.contains("Verified monthly financial reports for 3 consecutive months.");
	}

	@Test
	void thePhaseCardNamesWhatTheNextPhaseNeeds() throws Exception {
		String home = page("/me", mentee.user());
		assertThat(home).contains("Ke fase Tumbuh: 1 hal lagi")
			.contains("Memiliki NIB")
			.contains("Berjalan minimal 12 bulan (sekarang 36)")
			.contains("Menjual secara rutin");
		assessing.override(officer, mentee.id(), Phase.GROWING, null, "Kunjungan: NIB sudah terbit.");
		assertThat(page("/me", mentee.user())).contains("Ke fase Berkembang: 3 hal lagi")
			.contains("Mencatat pembukuan")
			.contains("Memisahkan uang usaha dari uang pribadi")
			.contains("Omzet minimal Rp 15.000.000 sebulan atau minimal 3 karyawan");
	}

	@Test
	void theHomeCostsTheSameStatementsWithManySessions() throws Exception {
		session(today.minusDays(30));
		long few = statements();
		for (int i = 0; i < 10; i++) {
			session(today.minusDays(29 - i % 2));
		}
		assertThat(statements()).as("statements of /me with 11 sessions on 3 days").isEqualTo(few);
	}

	private long statements() throws Exception {
		return statements("/me", mentee.user());
	}

	private long statements(String url, PortalUser who) throws Exception {
		QueryCounter.reset();
		mvc.perform(get(url).with(user(who))).andExpect(status().isOk());
		return QueryCounter.count();
	}

	/**
	 * Both pages read in one read-only transaction: the participant once, her licences once (journey panel and P4
	 * gap), the mentee check once (page, sessions, actions), P6 by one statement (issue 20, decision 115). Counts
	 * include the security context, the session and the layout's bell.
	 */
	@Test
	void theHomeAndTheMenteePageCostAFixedNumberOfStatements() throws Exception {
		String menteePage = "/mentor/mentees/" + mentee.id();
		mvc.perform(post(menteePage + "/sessions").with(user(mentor.login())).with(csrf())
			.param("heldOn", today.minusDays(3).toString()).param("mode", "VISIT").param("durationMinutes", "60")
			.param("topics", "Pembukuan harian").param("actions[0].description", "Mencatat kas harian")
			.param("actions[0].dueOn", today.plusDays(30).toString()))
			.andExpect(status().is3xxRedirection());
		long home = statements();
		long page = statements(menteePage, mentor.login());
		assertThat(home).as("statements of /me").isLessThanOrEqualTo(12);
		assertThat(page).as("statements of the mentee page").isLessThanOrEqualTo(14);
		for (int i = 0; i < 8; i++) {
			session(today.minusDays(2 + i % 2));
		}
		assertThat(statements()).as("statements of /me with 9 sessions").isEqualTo(home);
		assertThat(statements(menteePage, mentor.login())).as("statements of the mentee page with 9 sessions")
			.isEqualTo(page);
	}

	private String reasonText(String key) {
		return java.util.ResourceBundle.getBundle("i18n/assessment", Locale.forLanguageTag("id")).getString(key);
	}

}
