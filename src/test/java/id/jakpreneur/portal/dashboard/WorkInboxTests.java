package id.jakpreneur.portal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.NewAccount;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.account.WorkInbox;
import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.RegistrationStatus;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.entrepreneur.domain.BulkValidation;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.licensing.LicenceStatus;
import id.jakpreneur.portal.licensing.domain.LicenceDraft;
import id.jakpreneur.portal.licensing.domain.Licences;
import id.jakpreneur.portal.shared.Jakarta;
import id.jakpreneur.portal.support.Citizens;
import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.QueryCounter;
import id.jakpreneur.portal.support.TestParticipants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The work trays of the officer's and the mentor's homes: each count is the officer's area only (administrators:
 * everywhere), each tray leads to a page that answers that role, the homes cost the same statements whatever the
 * data, and several registrations are validated at once, each as the single validation would.
 */
@PortalWebTest
class WorkInboxTests {

	static final String GAMBIR = "31.71.01.1002";

	static final String KEBAYORAN = "31.74.07.1001";

	/** A kecamatan no other test registers anyone in, so its queue's first page holds this test's registrations. */
	static final String CENGKARENG = "31.73.01";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Registration registration;

	@Autowired
	ParticipantRecords records;

	@Autowired
	Licences licences;

	@Autowired
	List<WorkInbox> inboxes;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	TestParticipants people;

	PortalUser pusat;

	PortalUser selatan;

	PortalUser admin;

	@BeforeEach
	void officersOfTwoKota() {
		people = new TestParticipants(registration, records, accounts);
		pusat = officer("31.71");
		selatan = officer("31.74");
		admin = people.user(DemoUsers.emailOf(Role.ADMIN));
	}

	private PortalUser officer(String areaCode) {
		String email = Citizens.email("petugas-" + areaCode);
		accounts.open(new NewAccount(email, "Petugas " + areaCode, Role.OFFICER, "Petugas-Uji-2026", Set.of(areaCode),
				false));
		return people.user(email);
	}

	private Map<String, Long> counts(PortalUser user) {
		return WorkInbox.collect(inboxes, user)
			.stream()
			.collect(Collectors.toMap(WorkInbox.Tray::labelKey, WorkInbox.Tray::count));
	}

	@Test
	void aTrayThatReachedItsCountingLimitSaysThereAreMore() {
		WorkInbox.Tray full = new WorkInbox.Tray(10, "inbox.registrations", WorkInbox.COUNTED_UP_TO, "/officer");
		WorkInbox.Tray some = new WorkInbox.Tray(10, "inbox.registrations", WorkInbox.COUNTED_UP_TO - 1, "/officer");
		assertThat(full.countedUpToTheLimit()).isTrue();
		assertThat(full.countText()).isEqualTo("99+");
		assertThat(some.countedUpToTheLimit()).isFalse();
		assertThat(some.countText()).isEqualTo("99");
	}

	@Test
	void eachCountIsTheOfficersAreaAndTheAdministratorsEverywhere() {
		Map<String, Long> pusatBefore = counts(pusat);
		Map<String, Long> selatanBefore = counts(selatan);
		Map<String, Long> adminBefore = counts(admin);

		people.register("Antre Satu", GAMBIR, Sector.KULINER, 4_000_000);
		people.register("Antre Dua", GAMBIR, Sector.KULINER, 4_000_000);
		TestParticipants.Registered licensed = people.registerValidated("Berizin", GAMBIR, Sector.FESYEN);
		licences.record(people.user(licensed.email()), new LicenceDraft(LicenceType.NIB, null, LicenceStatus.ISSUED,
				String.valueOf(9_120_000_000_000L + java.util.concurrent.ThreadLocalRandom.current().nextLong(999_999_999L)),
				LocalDate.now(Jakarta.ZONE).minusMonths(1), null));
		sessionHeldWithoutAttendance(licensed.id(), "31.71", "31.71.01");

		Map<String, Long> pusatAfter = counts(pusat);
		Map<String, Long> selatanAfter = counts(selatan);
		Map<String, Long> adminAfter = counts(admin);
		for (String tray : List.of("inbox.registrations", "inbox.licences", "inbox.attendance")) {
			long added = tray.equals("inbox.registrations") ? 2 : 1;
			// a tray counts up to COUNTED_UP_TO: the suite's shared database may one day hold that many
			assertThat(pusatAfter.get(tray)).as(tray + " in the officer's kota")
				.isEqualTo(Math.min(pusatBefore.get(tray) + added, WorkInbox.COUNTED_UP_TO));
			assertThat(adminAfter.get(tray)).as(tray + " for the administrator")
				.isEqualTo(Math.min(adminBefore.get(tray) + added, WorkInbox.COUNTED_UP_TO));
			assertThat(selatanAfter.get(tray)).as(tray + " in another kota").isEqualTo(selatanBefore.get(tray));
		}
		assertThat(pusatAfter.keySet()).containsExactlyInAnyOrder("inbox.registrations", "inbox.claims",
				"inbox.licences", "inbox.products.validate", "inbox.products.grade", "inbox.outlets.applications",
				"inbox.outlets.sales", "inbox.outlets.salesToConfirm", "inbox.referrals", "inbox.mentees.waiting", "inbox.mentors.changeRequests",
				"inbox.attendance");
		assertThat(counts(people.user(DemoUsers.emailOf(Role.ENTREPRENEUR)))).isEmpty();
	}

	/**
	 * The costliest counts of the officer's home are written so that PostgreSQL plans them once per connection
	 * (decision 131): on one connection, after pgjdbc prepared them on the server, not one call made a new plan.
	 */
	@Test
	void theOfficersHomeCountsArePlannedOncePerConnection() {
		new TransactionTemplate(transactions).executeWithoutResult(tx -> {
			for (int visit = 0; visit < 8; visit++) {
				counts(pusat);
				counts(admin);
			}
			// each tray's statement by a part of its text; other tests may have prepared it for other areas on this
			// connection, and the mentor's product count (with bound values) is not one of them
			String upTo = "limit " + WorkInbox.COUNTED_UP_TO;
			for (String tray : List.of(upTo + ") waiting", upTo + ") due", "as to_confirm",
					"pr.status = any ('{VALIDATED,VERIFIED}'::varchar[])")) {
				List<Map<String, Object>> plans = jdbc.queryForList("""
						select statement, generic_plans, custom_plans from pg_prepared_statements
						where strpos(statement, ?) > 0""", tray);
				assertThat(plans).as(tray + ": prepared for the officer and the administrator")
					.hasSizeGreaterThanOrEqualTo(2)
					.anySatisfy(plan -> assertThat((String) plan.get("statement")).containsAnyOf("'{31.71}'", "'31.71'"));
				assertThat(plans).as(tray).allSatisfy(plan -> {
					assertThat((Long) plan.get("generic_plans")).isPositive();
					assertThat((Long) plan.get("custom_plans")).isZero();
				});
			}
		});
	}

	private void sessionHeldWithoutAttendance(long participantId, String city, String district) {
		Long classId = jdbc.queryForObject("""
				insert into training_class (title, sector, city_code, district_code, online, capacity, min_sessions,
				                            trainer_agency, created_by)
				values ('Kelas Uji Kehadiran', 'KULINER', ?, ?, false, 10, 1, 'Dinas PPKUKM', ?) returning id
				""", Long.class, city, district, admin.accountId());
		jdbc.update("insert into training_session (class_id, session_date, start_time, end_time, place)"
				+ " values (?, ?, '09:00', '12:00', 'Aula')", classId, LocalDate.now(Jakarta.ZONE).minusDays(1));
		jdbc.update("insert into training_enrolment (class_id, participant_id, status, enrolled_by, seated_at)"
				+ " values (?, ?, 'ENROLLED', ?, now())", classId, participantId, admin.accountId());
	}

	@Test
	void everyTrayLeadsToAPageThatAnswersItsRole() throws Exception {
		for (PortalUser staff : List.of(pusat, admin, people.user(DemoUsers.emailOf(Role.OFFICER)))) {
			for (WorkInbox.Tray tray : WorkInbox.collect(inboxes, staff)) {
				mvc.perform(get(tray.href()).with(user(staff))).andExpect(status().isOk());
			}
			mvc.perform(get("/officer").with(user(staff)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("href=\"/officer/registrations\"")))
				.andExpect(content().string(containsString("href=\"/officer/classes/attendance-due\"")));
		}
		PortalUser mentor = people.user(DemoUsers.emailOf(Role.MENTOR));
		mvc.perform(get("/mentor").with(user(mentor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/mentor/outlets/products\"")))
			.andExpect(content().string(containsString("href=\"/mentor?need=FIRST_SESSION#mentees-title\"")));
		for (String need : List.of("FIRST_SESSION", "ACTIONS_OVERDUE", "REPORT_OVERDUE", "NO_RECENT_SESSION", "x")) {
			mvc.perform(get("/mentor").param("need", need).with(user(mentor))).andExpect(status().isOk());
		}
		PortalUser entrepreneur = people.user(DemoUsers.emailOf(Role.ENTREPRENEUR));
		for (String queue : List.of("/officer/registrations", "/officer/outlets/work", "/officer/classes/attendance-due")) {
			mvc.perform(get(queue).with(user(entrepreneur))).andExpect(status().isForbidden());
			mvc.perform(get(queue).with(user(mentor))).andExpect(status().isForbidden());
		}
	}

	@Test
	void severalRegistrationsAreValidatedAtOnceAndOneRefusalStopsNoOther() throws Exception {
		PortalUser cengkareng = officer(CENGKARENG);
		long first = people.register("Massal Satu", CENGKARENG + ".1002", Sector.KULINER, 4_000_000).id();
		long second = people.register("Massal Dua", CENGKARENG + ".1002", Sector.KULINER, 4_000_000).id();
		long decided = people.registerValidated("Massal Sudah", CENGKARENG + ".1002", Sector.KULINER).id();
		long elsewhere = people.register("Massal Selatan", KEBAYORAN, Sector.KULINER, 4_000_000).id();

		mvc.perform(get("/officer/registrations").with(user(cengkareng)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + first + "\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("value=\"" + elsewhere + "\""))));
		jakarta.servlet.http.Cookie session = mvc
			.perform(post("/officer/registrations/validate").with(user(cengkareng)).with(csrf())
				.param("participant", String.valueOf(first), String.valueOf(second), String.valueOf(decided),
						String.valueOf(elsewhere), "999999999", String.valueOf(first)))
			.andExpect(redirectedUrl("/officer/registrations"))
			.andExpect(flash().attribute("bulkSummary", new BulkValidation.Summary(2, 1, 2, 0)))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");

		assertThat(statusOf(first)).isEqualTo(RegistrationStatus.VALIDATED.name());
		assertThat(statusOf(second)).isEqualTo(RegistrationStatus.VALIDATED.name());
		assertThat(statusOf(elsewhere)).isEqualTo(RegistrationStatus.SUBMITTED.name());
		assertThat(jdbc.queryForObject("select validated_by from participant where id = ?", Long.class, first))
			.isEqualTo(cengkareng.accountId());

		// the page after the redirect tells what happened, from the flash kept in the session
		mvc.perform(get("/officer/registrations").with(user(cengkareng)).cookie(session))
			.andExpect(content().string(containsString("2 pendaftaran divalidasi.")))
			.andExpect(content().string(containsString("1 sudah divalidasi sebelumnya")))
			.andExpect(content().string(containsString("2 tidak ditemukan di wilayah Anda")));
		mvc.perform(post("/officer/registrations/validate").with(user(cengkareng)).with(csrf()))
			.andExpect(redirectedUrl("/officer/registrations"))
			.andExpect(flash().attribute("flashError", "officer.bulk.none"));
	}

	private String statusOf(long participantId) {
		return jdbc.queryForObject("select status from participant where id = ?", String.class, participantId);
	}

	@Test
	void theHomesCostTheSameStatementsForOneRowOrMany() throws Exception {
		PortalUser mentor = people.user(DemoUsers.emailOf(Role.MENTOR));
		people.register("Batas Satu", GAMBIR, Sector.KULINER, 4_000_000);
		long officerFew = statementsFor("/officer", pusat);
		long mentorFew = statementsFor("/mentor", mentor);
		for (int i = 0; i < 20; i++) {
			people.register("Batas " + i, GAMBIR, Sector.KULINER, 4_000_000);
		}
		assertThat(statementsFor("/officer", pusat)).isEqualTo(officerFew);
		assertThat(statementsFor("/mentor", mentor)).isEqualTo(mentorFew);
		// one statement per module that counts (entrepreneur counts registrations and claims apart), plus the request's own
		assertThat(officerFew).as("statements of /officer").isLessThanOrEqualTo(9 + 2);
	}

	private long statementsFor(String url, PortalUser user) throws Exception {
		QueryCounter.reset();
		mvc.perform(get(url).with(user(user))).andExpect(status().isOk());
		return QueryCounter.count();
	}

}
