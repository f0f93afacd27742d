package id.jakpreneur.portal.training;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.TestParticipants;
import id.jakpreneur.portal.training.domain.ClassDraft;
import id.jakpreneur.portal.training.domain.SessionDraft;
import id.jakpreneur.portal.training.domain.TrainingClasses;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** P2 through the pages: setting up classes, enrolment and the waiting list, attendance and certificates. */
@PortalWebTest
@RecordApplicationEvents
class TrainingTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));

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
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents events;

	private TestParticipants people;

	private PortalUser officer;

	@BeforeEach
	void setUp() {
		people = new TestParticipants(registration, records, accounts);
		officer = people.user("officer@demo.local");
	}

	@Test
	void anOfficerSetsUpAClassOfTheirAreaWithValidSessions() throws Exception {
		mvc.perform(post("/officer/classes").with(DemoUsers.as(accounts, Role.OFFICER))
			.with(csrf())
			.param("title", "")
			.param("sector", "KULINER")
			.param("location", "31.74.01")
			.param("capacity", "0")
			.param("minSessions", "2")
			.param("trainerPartnerId", "987654321")
			.param("trainerAgency", "Dinas PPKUKM"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "title", "NotBlank"))
			.andExpect(model().attributeHasFieldErrorCode("form", "location", "programme.class.location.outsideArea"))
			.andExpect(model().attributeHasFieldErrorCode("form", "capacity", "Min"))
			.andExpect(model().attributeHasFieldErrorCode("form", "trainerAgency", "programme.class.trainer.both"))
			.andExpect(model().attributeHasFieldErrorCode("form", "trainerPartnerId", "validation.invalidChoice"))
			.andExpect(content().string(containsString("Kapasitas antara 1 dan 1000 orang.")));
		mvc.perform(post("/officer/classes").with(DemoUsers.as(accounts, Role.OFFICER))
			.with(csrf())
			.param("title", "Kelas Tanpa Pelatih")
			.param("sector", "KULINER")
			.param("location", "online:31.71")
			.param("capacity", "20")
			.param("minSessions", "1"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "trainerAgency", "programme.class.trainer.required"));

		String title = "Kelas Kriya " + UUID.randomUUID();
		String location = mvc
			.perform(post("/officer/classes").with(DemoUsers.as(accounts, Role.OFFICER))
				.with(csrf())
				.param("title", title)
				.param("sector", "KRIYA")
				.param("location", "31.71.06")
				.param("capacity", "25")
				.param("minSessions", "2")
				.param("trainerAgency", "Dinas PPKUKM"))
			.andExpect(redirectedUrlPattern("/officer/classes/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		mvc.perform(post(location + "/sessions").with(DemoUsers.as(accounts, Role.OFFICER))
			.with(csrf())
			.param("date", TODAY.plusDays(7).toString())
			.param("start", "13:00")
			.param("end", "09:00")
			.param("place", ""))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("sessionForm", "end", "programme.session.endBeforeStart"))
			.andExpect(model().attributeHasFieldErrorCode("sessionForm", "place", "NotBlank"));
		mvc.perform(post(location + "/sessions").with(DemoUsers.as(accounts, Role.OFFICER))
			.with(csrf())
			.param("date", TODAY.plusDays(7).toString())
			.param("start", "09:00")
			.param("end", "12:00")
			.param("place", "Aula Kecamatan Menteng")).andExpect(redirectedUrl(location));
		mvc.perform(post(location + "/sessions").with(DemoUsers.as(accounts, Role.OFFICER))
			.with(csrf())
			.param("date", TODAY.plusDays(7).toString())
			.param("start", "09:00")
			.param("end", "11:00")
			.param("place", "Aula Kecamatan Menteng"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("sessionForm", "start", "programme.session.taken"));
		mvc.perform(get(location).with(DemoUsers.as(accounts, Role.OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("Aula Kecamatan Menteng")))
			.andExpect(content().string(containsString("baru ada 1 pertemuan")));
	}

	@Test
	void aParticipantEnrolsInTheirKecamatanAndTheWaitingListMovesUpWhenASeatFrees() throws Exception {
		long classId = gambirClass(Sector.KULINER, 1, 1);
		TestParticipants.Registered first = people.registerValidated("Pertama Duduk", "31.71.01.1001", Sector.KULINER);
		TestParticipants.Registered second = people.registerValidated("Kedua Tunggu", "31.71.01.1002", Sector.KULINER);
		enrol(classId, first).andExpect(flash().attribute("flashSuccess", "programme.enrol.seated"));
		enrol(classId, second).andExpect(flash().attribute("flashSuccess", "programme.enrol.waiting"));
		enrol(classId, second).andExpect(flash().attribute("flashError", "programme.enrol.already"));
		mvc.perform(get("/me/classes").with(user(people.user(second.email()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Daftar tunggu, urutan 1")));
		assertThat(statusOf(classId, second.id())).isEqualTo("WAITING");

		mvc.perform(post("/me/classes/" + classId + "/cancel").with(user(people.user(first.email()))).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "programme.enrol.cancelled"));
		assertThat(statusOf(classId, second.id())).isEqualTo("ENROLLED");
		assertThat(statusOf(classId, first.id())).isEqualTo("CANCELLED");
		enrol(classId, first).andExpect(flash().attribute("flashSuccess", "programme.enrol.waiting"));
	}

	@Test
	void enrolmentNeedsAValidatedRegistrationAndAClassOfTheParticipantsOwn() throws Exception {
		long gambir = gambirClass(Sector.KULINER, 10, 1);
		long kriya = gambirClass(Sector.KRIYA, 10, 1);
		TestParticipants.Registered waiting = people.register("Belum Valid", "31.71.01.1001", Sector.KULINER, 1_000_000);
		mvc.perform(post("/me/classes/" + gambir + "/enrol").with(user(people.user(waiting.email()))).with(csrf()))
			.andExpect(flash().attribute("flashError", "programme.enrol.notValidated"));
		TestParticipants.Registered menteng = people.registerValidated("Warga Menteng", "31.71.06.1001", Sector.KULINER);
		mvc.perform(post("/me/classes/" + gambir + "/enrol").with(user(people.user(menteng.email()))).with(csrf()))
			.andExpect(status().isNotFound());
		TestParticipants.Registered kuliner = people.registerValidated("Warga Kuliner", "31.71.01.1004", Sector.KULINER);
		mvc.perform(post("/me/classes/" + kriya + "/enrol").with(user(people.user(kuliner.email()))).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(jdbc.queryForObject("select count(*) from training_enrolment where class_id in (?, ?)", Integer.class,
				gambir, kriya)).isZero();
	}

	@Test
	void attendanceThatMeetsTheRuleIssuesOneCertificateAndPublishesTrainingCertified() throws Exception {
		long classId = gambirClass(Sector.KULINER, 10, 2);
		long second = classes.addSession(officer, classId,
				new SessionDraft(TODAY.plusDays(8), LocalTime.of(9, 0), LocalTime.of(12, 0), "Aula Gambir"));
		long first = jdbc.queryForObject("select min(id) from training_session where class_id = ?", Long.class, classId);
		TestParticipants.Registered present = people.registerValidated("Rajin Hadir", "31.71.01.1001", Sector.KULINER);
		TestParticipants.Registered absent = people.registerValidated("Sering Absen", "31.71.01.1003", Sector.KULINER);
		enrol(classId, present);
		enrol(classId, absent);
		backdate(classId, 10);

		attend(classId, first, present.id(), absent.id()).andExpect(flash().attribute("flashSuccess",
				"programme.attendance.saved"));
		attend(classId, second, present.id()).andExpect(flash().attribute("flashSuccess",
				"programme.attendance.savedWithCertificates"));
		attend(classId, second, present.id());

		assertThat(events.stream(TrainingCertified.class).filter(e -> e.classId() == classId))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.participantId()).isEqualTo(present.id());
				assertThat(e.certificateNumber()).endsWith(String.format("/%06d/%06d", classId, present.id()));
			});
		mvc.perform(get("/me/classes/" + classId + "/certificate").with(user(people.user(present.email()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Rajin Hadir")))
			.andExpect(content().string(containsString("hadir 2 dari 2 pertemuan")));
		mvc.perform(get("/me/classes/" + classId + "/certificate").with(user(people.user(absent.email()))))
			.andExpect(status().isNotFound());
		mvc.perform(get("/officer/classes/" + classId + "/sessions/" + first + "/attendance")
			.with(DemoUsers.as(accounts, Role.OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sering Absen")))
			.andExpect(content().string(containsString("2 dari 2 hadir")));
	}

	@Test
	void officersOfAnotherAreaCannotSeeOrChangeTheClass() throws Exception {
		long classId = gambirClass(Sector.KULINER, 10, 1);
		long session = jdbc.queryForObject("select min(id) from training_session where class_id = ?", Long.class,
				classId);
		PortalUser south = people.user(southOfficer());
		mvc.perform(get("/officer/classes/" + classId).with(user(south))).andExpect(status().isNotFound());
		mvc.perform(post("/officer/classes/" + classId + "/sessions/" + session + "/attendance").with(user(south))
			.with(csrf())).andExpect(status().isNotFound());
		mvc.perform(get("/officer/classes/" + classId + "/sessions/987654321/attendance")
			.with(DemoUsers.as(accounts, Role.OFFICER))).andExpect(status().isNotFound());
	}

	private String southOfficer() {
		String email = "selatan-" + UUID.randomUUID() + "@example.id";
		accounts.open(new id.jakpreneur.portal.account.NewAccount(email, "Petugas Selatan", Role.OFFICER,
				"Petugas-Selatan-1", java.util.Set.of("31.74"), false));
		return email;
	}

	private long gambirClass(Sector sector, int capacity, int minSessions) {
		long id = classes.create(officer, new ClassDraft("Kelas Gambir " + UUID.randomUUID(), sector, "31.71",
				"31.71.01", capacity, minSessions, null, "Dinas PPKUKM"));
		classes.addSession(officer, id,
				new SessionDraft(TODAY.plusDays(1), LocalTime.of(9, 0), LocalTime.of(12, 0), "Aula Gambir"));
		return id;
	}

	private org.springframework.test.web.servlet.ResultActions enrol(long classId, TestParticipants.Registered who)
			throws Exception {
		return mvc
			.perform(post("/me/classes/" + classId + "/enrol").with(user(people.user(who.email()))).with(csrf()))
			.andExpect(redirectedUrl("/me/classes"));
	}

	private org.springframework.test.web.servlet.ResultActions attend(long classId, long sessionId, Long... present)
			throws Exception {
		var request = post("/officer/classes/" + classId + "/sessions/" + sessionId + "/attendance")
			.with(DemoUsers.as(accounts, Role.OFFICER))
			.with(csrf());
		for (Long id : present) {
			request.param("present", String.valueOf(id));
		}
		return mvc.perform(request)
			.andExpect(redirectedUrl("/officer/classes/" + classId + "/sessions/" + sessionId + "/attendance"));
	}

	/** Moves the class's sessions this many days earlier: seats are taken before a class, attendance after. */
	private void backdate(long classId, int days) {
		jdbc.update("update training_session set session_date = session_date - ? where class_id = ?", days, classId);
	}

	private String statusOf(long classId, long participantId) {
		return jdbc.queryForObject("""
				select status from training_enrolment where class_id = ? and participant_id = ?
				order by created_at desc, id desc limit 1
				""", String.class, classId, participantId);
	}

}
