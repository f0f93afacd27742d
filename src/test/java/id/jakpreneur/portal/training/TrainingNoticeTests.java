package id.jakpreneur.portal.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
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
import id.jakpreneur.portal.training.domain.AttendanceRegister;
import id.jakpreneur.portal.training.domain.ClassDraft;
import id.jakpreneur.portal.training.domain.Enrolments;
import id.jakpreneur.portal.training.domain.SessionDraft;
import id.jakpreneur.portal.training.domain.TrainingClasses;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A seat given by an officer or freed for the waiting list, and a certificate, are notices to the participant
 * concerned (bell and outbox, in their language, leading to their classes or the certificate), and to no one else;
 * a seat the participant took themself is not.
 */
@PortalWebTest
class TrainingNoticeTests {

	private static final LocalDate TODAY = LocalDate.now(Jakarta.ZONE);

	@Autowired
	Registration registration;

	@Autowired
	ParticipantRecords records;

	@Autowired
	AccountManagement accounts;

	@Autowired
	TrainingClasses classes;

	@Autowired
	Enrolments enrolments;

	@Autowired
	AttendanceRegister attendance;

	@Autowired
	JdbcTemplate jdbc;

	private TestParticipants people;

	private SentNotices sent;

	private PortalUser officer;

	@BeforeEach
	void setUp() {
		people = new TestParticipants(registration, records, accounts);
		sent = new SentNotices(jdbc);
		officer = people.user("officer@demo.local");
	}

	@Test
	void aSeatFreedForTheWaitingListOrGivenByAnOfficerIsTold() {
		String title = "Kelas Kemasan " + UUID.randomUUID();
		long classId = classes.create(officer, new ClassDraft(title, Sector.KULINER, "31.71", "31.71.01", 1, 1, null,
				"Dinas PPKUKM"));
		classes.addSession(officer, classId,
				new SessionDraft(TODAY.plusDays(3), LocalTime.of(9, 0), LocalTime.of(12, 0), "Aula Gambir"));
		TestParticipants.Registered seated = people.registerValidated("Duduk Sendiri", "31.71.01.1001", Sector.KULINER);
		TestParticipants.Registered waiting = people.registerValidated("Menunggu Kursi", "31.71.01.1002",
				Sector.KULINER);
		TestParticipants.Registered placed = people.registerValidated("Ditempatkan Petugas", "31.71.01.1003",
				Sector.KULINER);
		enrolments.enrolSelf(people.user(seated.email()), classId);
		enrolments.enrolSelf(people.user(waiting.email()), classId);
		assertThat(sent.count(account(seated), "CLASS_PLACE_GIVEN")).isZero();
		assertThat(sent.count(account(waiting), "CLASS_PLACE_GIVEN")).isZero();

		sent.english(account(waiting));
		enrolments.cancelSelf(people.user(seated.email()), classId);
		assertThat(sent.one(account(waiting), "CLASS_PLACE_GIVEN", "/me/classes", "en", waiting.email()).args())
			.containsExactly(title, day(TODAY.plusDays(3)));

		String roomy = "Kelas Luas " + UUID.randomUUID();
		long roomyId = classes.create(officer, new ClassDraft(roomy, Sector.KULINER, "31.71", "31.71.01", 10, 1, null,
				"Dinas PPKUKM"));
		enrolments.enrolByOfficer(officer, roomyId, placed.id());
		assertThat(sent.one(account(placed), "CLASS_PLACE_GIVEN", "/me/classes", "id", placed.email()).args())
			.containsExactly(roomy, "-");
		assertThat(sent.count(account(seated), "CLASS_PLACE_GIVEN")).isZero();
	}

	@Test
	void aCertificateIsToldToItsHolderOnce() {
		String title = "Kelas Pembukuan " + UUID.randomUUID();
		long classId = classes.create(officer, new ClassDraft(title, Sector.KULINER, "31.71", "31.71.01", 10, 1, null,
				"Dinas PPKUKM"));
		long session = classes.addSession(officer, classId,
				new SessionDraft(TODAY.plusDays(1), LocalTime.of(9, 0), LocalTime.of(12, 0), "Aula Gambir"));
		TestParticipants.Registered present = people.registerValidated("Hadir Terus", "31.71.01.1001", Sector.KULINER);
		TestParticipants.Registered absent = people.registerValidated("Tidak Datang", "31.71.01.1002", Sector.KULINER);
		enrolments.enrolSelf(people.user(present.email()), classId);
		enrolments.enrolSelf(people.user(absent.email()), classId);
		jdbc.update("update training_session set session_date = session_date - 3 where class_id = ?", classId);

		attendance.record(officer, classId, session, Set.of(present.id()));
		attendance.record(officer, classId, session, Set.of(present.id()));

		String number = jdbc.queryForObject(
				"select certificate_number from training_certificate where class_id = ? and participant_id = ?",
				String.class, classId, present.id());
		assertThat(sent.one(account(present), "CERTIFICATE_ISSUED", "/me/classes/" + classId + "/certificate", "id",
				present.email()).args()).containsExactly(title, number);
		assertThat(sent.count(account(absent), "CERTIFICATE_ISSUED")).isZero();
	}

	private long account(TestParticipants.Registered participant) {
		return people.user(participant.email()).accountId();
	}

	private static String day(LocalDate day) {
		return String.format("%02d-%02d-%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
	}

}
