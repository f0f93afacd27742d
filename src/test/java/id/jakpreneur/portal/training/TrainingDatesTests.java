package id.jakpreneur.portal.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.shared.Jakarta;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.SentNotices;
import id.jakpreneur.portal.support.TestParticipants;
import id.jakpreneur.portal.training.domain.CertificateIssuing;
import id.jakpreneur.portal.training.domain.ClassDraft;
import id.jakpreneur.portal.training.domain.Enrolments;
import id.jakpreneur.portal.training.domain.SessionDraft;
import id.jakpreneur.portal.training.domain.TrainingClasses;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Issue 18, dates that cannot lie in P2: attendance only for a session that has started, a certificate only once the
 * class's last session has ended and dated then, and a certificate withdrawn with a reason and issued again once the
 * attendance is corrected. Each rule is checked through the pages and, where the database can, against the table.
 * Seats are taken while the class is ahead; the test then moves its sessions into the past (the clock is the real one).
 */
@PortalWebTest
@RecordApplicationEvents
class TrainingDatesTests {

	private static final LocalDate TODAY = LocalDate.now(Jakarta.ZONE);

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Registration registration;

	@Autowired
	ParticipantRecords records;

	@Autowired
	TrainingClasses classes;

	@Autowired
	Enrolments enrolments;

	@Autowired
	CertificateIssuing issuing;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents events;

	private TestParticipants people;

	private PortalUser officer;

	private TestParticipants.Registered rina;

	@BeforeEach
	void setUp() {
		people = new TestParticipants(registration, records, accounts);
		officer = people.user("officer@demo.local");
		rina = people.registerValidated("Rina Tepat Waktu", "31.71.01.1001", Sector.KULINER);
	}

	@Test
	void attendanceForASessionThatHasNotStartedIsRefusedByThePageAndByTheTable() throws Exception {
		long classId = seatedClass(1, TODAY.plusDays(1));
		long session = sessions(classId).get(0);

		mvc.perform(get(sheet(classId, session)).with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sesi ini belum dimulai")))
			.andExpect(content().string(not(containsString("attendance-save"))));
		attend(classId, session, rina.id()).andExpect(flash().attribute("flashError", "programme.attendance.notStarted"));
		assertThat(jdbc.queryForObject("select count(*) from training_attendance where session_id = ?", Integer.class,
				session)).isZero();
		assertThat(certificates(classId)).isZero();

		assertThatThrownBy(() -> jdbc.update("""
				insert into training_attendance (session_id, participant_id, present, recorded_by, recorded_at)
				values (?, ?, true, ?, now())
				""", session, rina.id(), officer.accountId()))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("training_attendance_started_ck");
	}

	@Test
	void theCertificateIsDatedWhenTheLastSessionEndedNotWhenAttendanceWasTyped() throws Exception {
		long classId = seatedClass(2, TODAY.plusDays(1), TODAY.plusDays(8));
		backdate(classId, 12);
		List<Long> sessions = sessions(classId);

		attend(classId, sessions.get(0), rina.id()).andExpect(flash().attribute("flashSuccess", "programme.attendance.saved"));
		attend(classId, sessions.get(1), rina.id())
			.andExpect(flash().attribute("flashSuccess", "programme.attendance.savedWithCertificates"));

		Instant lastEnd = TODAY.minusDays(4).atTime(12, 0).atZone(Jakarta.ZONE).toInstant();
		assertThat(issuedAt(classId)).isEqualTo(lastEnd);
		assertThat(events.stream(TrainingCertified.class).filter(e -> e.classId() == classId))
			.singleElement()
			.satisfies(e -> assertThat(e.when()).isEqualTo(lastEnd));
		assertThat(jdbc.queryForObject("""
				select completed_at from step_completion where participant_id = ? and step = 'P2'
				""", Timestamp.class, rina.id()).toInstant()).isEqualTo(lastEnd);

		mvc.perform(post("/officer/classes/" + classId + "/sessions").with(user(officer)).with(csrf())
			.param("date", TODAY.toString())
			.param("start", "09:00")
			.param("end", "10:00")
			.param("place", "Aula Gambir"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("sessionForm", "date", "programme.session.afterCertificates"));
		assertThatThrownBy(() -> jdbc.update("""
				insert into training_session (class_id, session_date, start_time, end_time, place)
				values (?, ?, '09:00', '10:00', 'Aula Gambir')
				""", classId, TODAY))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("training_session_certified_ck");
		assertThat(sessions(classId)).hasSize(2);
	}

	@Test
	void noCertificateBeforeTheClassEndsThenTheJobIssuesItDatedAtTheEnd() throws Exception {
		long classId = seatedClass(1, TODAY.plusDays(1), TODAY.plusDays(9));
		backdate(classId, 3);
		List<Long> sessions = sessions(classId);

		attend(classId, sessions.get(0), rina.id()).andExpect(flash().attribute("flashSuccess", "programme.attendance.saved"));
		assertThat(certificates(classId)).as("the class has a session ahead").isZero();
		assertThat(issuing.issueEnded()).isZero();
		assertThatThrownBy(() -> jdbc.update("""
				insert into training_certificate (class_id, participant_id, certificate_number, sessions_attended, issued_at)
				values (?, ?, ?, 1, now())
				""", classId, rina.id(), "UJI-" + UUID.randomUUID().toString().substring(0, 8)))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("training_certificate_after_class_ck");

		backdate(classId, 7);
		assertThat(issuing.issueEnded()).isGreaterThanOrEqualTo(1);
		assertThat(issuedAt(classId)).isEqualTo(TODAY.minusDays(1).atTime(12, 0).atZone(Jakarta.ZONE).toInstant());
	}

	@Test
	void aWithdrawnCertificateTellsItsReasonStopsP2AndReturnsWhenAttendanceIsCorrected() throws Exception {
		long classId = seatedClass(2, TODAY.plusDays(1), TODAY.plusDays(2));
		backdate(classId, 5);
		List<Long> sessions = sessions(classId);
		attend(classId, sessions.get(0), rina.id());
		attend(classId, sessions.get(1), rina.id());
		assertThat(p2Completions()).isEqualTo(1);

		mvc.perform(post(withdraw(classId)).with(user(officer)).with(csrf()).param("reason", " "))
			.andExpect(flash().attribute("flashError", "programme.certificate.withdraw.reason"));
		mvc.perform(post(withdraw(classId)).with(user(officer)).with(csrf())
			.param("reason", "Daftar hadir pertemuan pertama salah ketik"))
			.andExpect(redirectedUrl("/officer/classes/" + classId))
			.andExpect(flash().attribute("flashSuccess", "programme.certificate.withdrawn"));

		PortalUser citizen = people.user(rina.email());
		assertThat(p2Completions()).as("P2 no longer complete").isZero();
		mvc.perform(get("/me/classes").with(user(citizen)))
			.andExpect(content().string(containsString("Daftar hadir pertemuan pertama salah ketik")));
		mvc.perform(get("/me/classes/" + classId + "/certificate").with(user(citizen))).andExpect(status().isNotFound());
		assertThat(new SentNotices(jdbc).bell(citizen.accountId(), "CERTIFICATE_WITHDRAWN"))
			.singleElement()
			.satisfies(n -> assertThat(n.args()).contains("Daftar hadir pertemuan pertama salah ketik"));
		assertThat(jdbc.queryForObject("""
				select actor_id from participant_timeline where participant_id = ? and kind = 'CERTIFICATE_WITHDRAWN'
				""", Long.class, rina.id())).isEqualTo(officer.accountId());

		attend(classId, sessions.get(0), rina.id());
		assertThat(withdrawnCertificates(classId)).as("saving the same marks again corrects nothing").isEqualTo(1);
		attend(classId, sessions.get(0));
		assertThat(withdrawnCertificates(classId)).as("one session is short of the rule").isEqualTo(1);
		attend(classId, sessions.get(0), rina.id())
			.andExpect(flash().attribute("flashSuccess", "programme.attendance.savedWithCertificates"));
		assertThat(withdrawnCertificates(classId)).isZero();
		assertThat(p2Completions()).as("P2 complete again").isEqualTo(1);
		mvc.perform(get("/me/classes/" + classId + "/certificate").with(user(citizen))).andExpect(status().isOk());
	}

	/** A class in Gambir with sessions on these days (09:00 to 12:00) and Rina seated in it. */
	private long seatedClass(int minSessions, LocalDate... days) {
		long id = classes.create(officer, new ClassDraft("Kelas Tanggal " + UUID.randomUUID(), Sector.KULINER, "31.71",
				"31.71.01", 10, minSessions, null, "Dinas PPKUKM"));
		for (LocalDate day : days) {
			classes.addSession(officer, id, new SessionDraft(day, LocalTime.of(9, 0), LocalTime.of(12, 0), "Aula Gambir"));
		}
		enrolments.enrolSelf(people.user(rina.email()), id);
		return id;
	}

	private void backdate(long classId, int days) {
		jdbc.update("update training_session set session_date = session_date - ? where class_id = ?", days, classId);
	}

	private List<Long> sessions(long classId) {
		return jdbc.queryForList("select id from training_session where class_id = ? order by session_date", Long.class,
				classId);
	}

	private static String sheet(long classId, long sessionId) {
		return "/officer/classes/" + classId + "/sessions/" + sessionId + "/attendance";
	}

	private String withdraw(long classId) {
		return "/officer/classes/" + classId + "/certificates/" + rina.id() + "/withdraw";
	}

	private ResultActions attend(long classId, long sessionId, Long... present) throws Exception {
		var request = post(sheet(classId, sessionId)).with(user(officer)).with(csrf());
		for (Long id : present) {
			request.param("present", String.valueOf(id));
		}
		return mvc.perform(request).andExpect(redirectedUrl(sheet(classId, sessionId)));
	}

	private Instant issuedAt(long classId) {
		return jdbc.queryForObject("select issued_at from training_certificate where class_id = ?", Timestamp.class,
				classId).toInstant();
	}

	private int certificates(long classId) {
		return jdbc.queryForObject("select count(*) from training_certificate where class_id = ?", Integer.class,
				classId);
	}

	private int withdrawnCertificates(long classId) {
		return jdbc.queryForObject(
				"select count(*) from training_certificate where class_id = ? and withdrawn_at is not null",
				Integer.class, classId);
	}

	private int p2Completions() {
		return jdbc.queryForObject("select count(*) from step_completion where participant_id = ? and step = 'P2'",
				Integer.class, rina.id());
	}

}
