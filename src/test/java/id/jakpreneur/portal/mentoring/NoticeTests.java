package id.jakpreneur.portal.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import id.jakpreneur.portal.account.AccountActivation;
import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.assessment.Assessments;
import id.jakpreneur.portal.assessment.FreshParticipants.Fresh;
import id.jakpreneur.portal.assessment.FreshParticipants;
import id.jakpreneur.portal.assessment.domain.Assessing;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.mentoring.domain.ActionReminders;
import id.jakpreneur.portal.mentoring.domain.Assignments;
import id.jakpreneur.portal.mentoring.domain.MentorManagement;
import id.jakpreneur.portal.shared.Jakarta;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.Mailbox;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Notices: the bell's count in every page's header, the notices page in the reader's language, "mark all read",
 * the daily reminder of actions due (once per action, however often it runs), and the same notice by email through
 * a real SMTP server in this JVM.
 */
@PortalWebTest
class NoticeTests {

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
	ActionReminders reminders;

	@Autowired
	JdbcTemplate jdbc;

	private Fresh mentee;

	private MentoringFixtures.Created mentor;

	@BeforeEach
	void assignAMentor() {
		PortalUser officer = FreshParticipants.demo(accounts, Role.OFFICER);
		mentee = MentoringFixtures.waiting(registration, accounts, assessing, "31.71.02.1001");
		mentor = MentoringFixtures.mentor(mentors, activations, accounts, officer, "Pendamping Sawah Besar",
				Set.of(assessments.latest(mentee.id()).orElseThrow().track()), Set.of("31.71.02"), 5);
		assignments.assign(officer, mentee.id(), mentor.id());
	}

	@Test
	void theBellCountsUnreadNoticesUntilTheyAreMarkedRead() throws Exception {
		mvc.perform(get("/me").with(user(mentee.user())))
			.andExpect(content().string(containsString("Pemberitahuan: 1 belum dibaca")));
		mvc.perform(get("/notifications").with(user(mentee.user())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Pendamping Sawah Besar sekarang menjadi pendamping Anda.")))
			.andExpect(content().string(containsString("href=\"/me/mentoring\"")));
		mvc.perform(get("/notifications").param("lang", "en").with(user(mentor.login())))
			.andExpect(content().string(containsString("You have a new mentee: Peserta Uji.")));
		mvc.perform(post("/notifications/read").with(user(mentee.user())).with(csrf()))
			.andExpect(redirectedUrl("/notifications"));
		mvc.perform(get("/me").with(user(mentee.user())))
			.andExpect(content().string(containsString("Pemberitahuan: 0 belum dibaca")));
		// the mentor's notice is theirs alone: still unread
		mvc.perform(get("/mentor").with(user(mentor.login())))
			.andExpect(content().string(containsString("Pemberitahuan: 1 belum dibaca")));
	}

	@Test
	void actionsDueAreRemindedOnceHoweverOftenTheJobRuns() {
		LocalDate today = LocalDate.now(Jakarta.ZONE);
		long session = jdbc.queryForObject("""
				insert into mentoring_session (assignment_id, participant_id, mentor_id, held_on, mode, duration_minutes,
				    topics, logged_by)
				select id, participant_id, mentor_id, current_date, 'PHONE', 30, 'Tindak lanjut', ?
				from mentor_assignment where participant_id = ? and ended_at is null returning id
				""", Long.class, mentor.login().accountId(), mentee.id());
		jdbc.update("insert into mentoring_action (session_id, participant_id, description, due_on) values "
				+ "(?, ?, 'Kirim foto menu', ?), (?, ?, 'Urus SPP-IRT', ?)", session, mentee.id(),
				java.sql.Date.valueOf(today.plusDays(1)), session, mentee.id(), java.sql.Date.valueOf(today.plusDays(20)));
		reminders.remind(today);
		reminders.remind(today);
		List<String> due = jdbc.queryForList("select args[1] from notification where account_id = ? and kind = 'ACTION_DUE'",
				String.class, mentee.user().accountId());
		assertThat(due).containsExactly("Kirim foto menu");
		reminders.remind(today.plusDays(19));
		assertThat(jdbc.queryForObject("select count(*) from notification where account_id = ? and kind = 'ACTION_DUE'",
				Integer.class, mentee.user().accountId())).isEqualTo(2);
	}

	@Test
	void theAssignmentNoticeIsAlsoSentByEmail() throws Exception {
		String to = mentee.user().getUsername();
		MimeMessage mail = Mailbox.awaitMailTo(to);
		assertThat(mail.getSubject()).isEqualTo("Pemberitahuan Portal JakPreneur");
		String body = String.valueOf(mail.getContent());
		assertThat(body).contains("Pendamping Sawah Besar sekarang menjadi pendamping Anda.")
			.contains("http://localhost:8080/me/mentoring");
		assertThat(mail.getFrom()[0].toString()).isEqualTo("noreply@jakpreneur.local");
		// the mentor's first mail was the activation link of their login; the notice follows it
		assertThat(Mailbox.text(Mailbox.awaitMailContaining(mentor.login().getUsername(),
				"Anda mendapat peserta dampingan baru: Peserta Uji."))).contains("Peserta Uji");
	}

}
