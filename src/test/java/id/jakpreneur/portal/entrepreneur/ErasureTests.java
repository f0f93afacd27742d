package id.jakpreneur.portal.entrepreneur;

import static org.assertj.core.api.Assertions.assertThat;
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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.dashboard.domain.SummaryRefresh;
import id.jakpreneur.portal.entrepreneur.domain.Gender;
import id.jakpreneur.portal.entrepreneur.domain.NewRegistration;
import id.jakpreneur.portal.entrepreneur.domain.PersonDetails;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.entrepreneur.domain.RegistrationChannel;
import id.jakpreneur.portal.licensing.LicenceStatus;
import id.jakpreneur.portal.licensing.domain.LicenceDraft;
import id.jakpreneur.portal.licensing.domain.Licences;
import id.jakpreneur.portal.outlet.PhotoFixtures;
import id.jakpreneur.portal.outlet.domain.Grade;
import id.jakpreneur.portal.outlet.domain.ProductCuration;
import id.jakpreneur.portal.outlet.domain.ProductDraft;
import id.jakpreneur.portal.partner.Referrals;
import id.jakpreneur.portal.reporting.ChannelSplit;
import id.jakpreneur.portal.reporting.domain.FinancialReports;
import id.jakpreneur.portal.reporting.domain.ReportDraft;
import id.jakpreneur.portal.shared.Jakarta;
import id.jakpreneur.portal.support.Await;
import id.jakpreneur.portal.support.Citizens;
import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.TestMail;
import id.jakpreneur.portal.support.TestParticipants;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Deletion that happens (issue 22): a participant with data in every module asks for deletion, an administrator
 * erases it, and afterwards a dump of every table holds none of her identifying values, the dashboards' totals are
 * those of before, she was told, she cannot log in, and another participant's data is as it was. A request held by
 * an open capital application is refused with that reason, which reaches her.
 */
@PortalWebTest
class ErasureTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Registration registration;

	@Autowired
	ParticipantRecords records;

	@Autowired
	Licences licences;

	@Autowired
	FinancialReports reports;

	@Autowired
	ProductCuration curation;

	@Autowired
	Referrals referrals;

	@Autowired
	SummaryRefresh dashboards;

	private TestParticipants people;

	private PortalUser admin;

	@BeforeEach
	void setUp() {
		people = new TestParticipants(registration, records, accounts);
		admin = people.user("admin@demo.local");
	}

	@Test
	void afterErasureNoTableHoldsHerIdentityAndTheDashboardsAreUnchanged() throws Exception {
		Her her = registerEverywhere("Wulandari Hapus" + tag(), tag());
		Her other = registerEverywhere("Sekar Tetap" + tag(), tag());
		String otherBefore = rowsOf(other);
		dashboards.refresh();
		String totalsBefore = dashboardTotals();
		List<String> identifying = identifyingValues(her);
		assertThat(dumpAllTables()).as("her values are there before").contains(identifying.toArray(String[]::new));

		mvc.perform(post("/me/privacy/deletion").with(user(people.user(her.email()))).with(csrf()))
			.andExpect(redirectedUrl("/me/privacy"));
		long request = jdbc.queryForObject("select id from deletion_request where participant_id = ? and outcome = 'PENDING'",
				Long.class, her.id());
		mvc.perform(get("/admin/privacy/deletions").with(DemoUsers.as(accounts, Role.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(her.name())));
		long queuedBefore = jdbc.queryForObject("select coalesce(max(id), 0) from outbox_message", Long.class);
		mvc.perform(post("/admin/privacy/deletions/" + request + "/erase").with(DemoUsers.as(accounts, Role.ADMIN))
			.with(csrf())).andExpect(redirectedUrl("/admin/privacy/deletions"))
			.andExpect(flash().attribute("flashSuccess", "privacy.decision.erased"));

		// she is told at her address, and the outbox forgets it once the message is gone
		Await.until("the news of the erasure is sent", () -> jdbc.queryForObject("""
				select count(*) from outbox_message where id > ? and kind = 'DELETION_DONE' and status = 'QUEUED'
				""", Long.class, queuedBefore) == 0);
		assertThat(jdbc.queryForList("select recipient from outbox_message where id > ? and kind = 'DELETION_DONE'",
				String.class, queuedBefore)).isNotEmpty().containsOnly("");
		assertThat(mailsTo(her.email())).anySatisfy(subject -> assertThat(subject).contains("JakPreneur"));

		String dump = dumpAllTables();
		for (String value : identifying) {
			assertThat(dump).as("dump after erasure").doesNotContain(value);
		}
		dashboards.refresh();
		assertThat(dashboardTotals()).as("dashboard totals").isEqualTo(totalsBefore);
		assertThat(rowsOf(other)).as("the other participant's data").isEqualTo(otherBefore);
		assertThat(accounts.findIdByLoginName(her.email())).as("login by her address").isEmpty();
		assertThat(jdbc.queryForObject("select enabled from account_directory where id = ?", Boolean.class,
				her.accountId())).isFalse();
		assertThat(jdbc.queryForMap("select outcome, decided_by, erased_rows::text as rows from deletion_request where id = ?",
				request)).containsEntry("outcome", "ERASED").containsEntry("decided_by", admin.accountId())
			.hasEntrySatisfying("rows", rows -> assertThat((String) rows).contains("\"participant\"", "\"outlet\""));
		assertThat(jdbc.queryForObject("select birth_date from participant where id = ?", LocalDate.class, her.id())
			.getDayOfYear()).isEqualTo(1);
		// a second decision is refused
		mvc.perform(post("/admin/privacy/deletions/" + request + "/erase").with(DemoUsers.as(accounts, Role.ADMIN))
			.with(csrf())).andExpect(flash().attribute("flashError", "privacy.decision.already"));
	}

	@Test
	void anOpenCapitalApplicationHoldsTheErasureAndTheRefusalWithItsReasonReachesHer() throws Exception {
		TestParticipants.Registered me = people.registerValidated("Pemohon Tahan", "31.71.01.1001", Sector.KULINER);
		PortalUser login = people.user(me.email());
		long bankOffer = jdbc.queryForObject("""
				select o.id from partner_offer o join partner_organisation p on p.id = o.partner_id
				where o.kind = 'CAPITAL' and p.name = 'Bank DKI' order by o.id limit 1
				""", Long.class);
		referrals.apply(login, bankOffer, 5_000_000, "Membeli oven kedua untuk usaha");
		mvc.perform(post("/me/privacy/deletion").with(user(login)).with(csrf())).andExpect(redirectedUrl("/me/privacy"));
		long request = jdbc.queryForObject("select id from deletion_request where participant_id = ?", Long.class,
				me.id());
		String page = "/admin/privacy/deletions/" + request;
		mvc.perform(get(page).with(DemoUsers.as(accounts, Role.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(model().attribute("holds", List.of(RefusalReason.OPEN_CAPITAL_APPLICATION)));
		mvc.perform(post(page + "/erase").with(DemoUsers.as(accounts, Role.ADMIN)).with(csrf()))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("flashError", "privacy.decision.held"));
		mvc.perform(post(page + "/refuse").with(DemoUsers.as(accounts, Role.ADMIN)).with(csrf()).param("reason", "OTHER"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("refusalForm", "explanation", "privacy.decision.text.required"));
		mvc.perform(post(page + "/refuse").with(DemoUsers.as(accounts, Role.ADMIN)).with(csrf())
			.param("reason", "OPEN_CAPITAL_APPLICATION")
			.param("explanation", "Pengajuan ke Bank DKI masih diproses"))
			.andExpect(redirectedUrl("/admin/privacy/deletions"));

		assertThat(jdbc.queryForObject("select full_name from participant where id = ?", String.class, me.id()))
			.isEqualTo("Pemohon Tahan");
		assertThat(jdbc.queryForList("select array_to_string(args, '|') from notification where account_id = ? and kind = 'DELETION_REFUSED'",
				String.class, login.accountId()))
			.containsExactly("msg:privacy.refusal.OPEN_CAPITAL_APPLICATION|Pengajuan ke Bank DKI masih diproses");
		assertThat(jdbc.queryForObject("select count(*) from outbox_message where account_id = ? and kind = 'DELETION_REFUSED'",
				Integer.class, login.accountId())).isPositive();
		mvc.perform(get("/me/privacy").with(user(login)))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Pengajuan ke Bank DKI masih diproses")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("harus disimpan bank")));
	}

	/** Letters no other value of the suite contains. */
	private static String tag() {
		return "q" + Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 10_000_000_000L), 36);
	}

	/** A validated participant with a licence, a report, a graded product with a photo, a referral and mentoring. */
	private Her registerEverywhere(String name, String tag) {
		LocalDate born = LocalDate.of(1988, 3, 14);
		String phone = "+62" + Citizens.mobileNumber().substring(1);
		String email = "hapus-" + UUID.randomUUID() + "@example.id";
		String nib = "9120" + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
		PersonDetails person = new PersonDetails(name, Citizens.nik("317101", born, Gender.FEMALE), Citizens.kk(),
				Gender.FEMALE, born, phone, "Jl. Hapusdata " + tag + " No. 7", "31.71.01.1001", Set.of());
		BusinessDetails business = new BusinessDetails(BusinessStage.RUNNING, "Warung " + name, Sector.KULINER,
				"Keripik " + tag, LocalDate.of(2022, 1, 15), 3_000_000, 12_000_000, 2, EnumSet.of(SalesChannel.OFFLINE),
				Map.of(LicenceType.NIB, nib), false, false);
		long id = registration.register(new NewRegistration(email, TestParticipants.PASSWORD, person, business, "2026.1",
				RegistrationChannel.ONLINE, null));
		records.validate(admin, id);
		PortalUser login = people.user(email);
		licences.record(login, new LicenceDraft(LicenceType.NIB, null, LicenceStatus.ISSUED, nib,
				LocalDate.now(Jakarta.ZONE).minusMonths(6), null));
		long licence = jdbc.queryForObject("select id from licence where participant_id = ?", Long.class, id);
		licences.verify(admin, id, licence);
		reports.file(login, new ReportDraft(YearMonth.now(Jakarta.ZONE).minusMonths(1), 9_000_000, 6_000_000, 2,
				new ChannelSplit(100, 0, 0, 0)), null);
		long product = curation.submit(login, new ProductDraft("Sambal " + name, Sector.KULINER, 15_000,
				"Toples " + tag, null, "ID3111" + tag, null), PhotoFixtures.png());
		curation.verify(people.user("mentor@demo.local"), product, true, "Rasa khas " + name);
		curation.validate(admin, product, true, null);
		curation.grade(admin, product, Grade.B, "Kurasi " + name);
		long training = jdbc.queryForObject("select id from partner_offer where kind = 'TRAINING' order by id limit 1",
				Long.class);
		referrals.refer(people.user("officer@demo.local"), id, training, "Rujukan untuk " + name);
		mentoring(id, name);
		return new Her(id, login.accountId(), name, email);
	}

	/** Mentoring written as the mentoring module stores it: an assignment, a session with notes, an action. */
	private void mentoring(long participantId, String name) {
		long mentor = jdbc.queryForObject("select id from mentor order by id limit 1", Long.class);
		long by = jdbc.queryForObject("select account_id from mentor where id = ?", Long.class, mentor);
		long assignment = jdbc.queryForObject("""
				insert into mentor_assignment (participant_id, mentor_id, track, assigned_by, assign_note)
				values (?, ?, (select code from mentoring_track order by code limit 1), ?, ?) returning id
				""", Long.class, participantId, mentor, by, "Penugasan " + name);
		long session = jdbc.queryForObject("""
				insert into mentoring_session (assignment_id, participant_id, mentor_id, held_on, mode, duration_minutes,
				  topics, notes, logged_by)
				values (?, ?, ?, current_date, 'VISIT', 60, ?, ?, ?) returning id
				""", Long.class, assignment, participantId, mentor, "Topik " + name, "Catatan sesi " + name, by);
		jdbc.update("""
				insert into mentoring_action (session_id, participant_id, description, due_on)
				values (?, ?, ?, current_date + 7)
				""", session, participantId, "Aksi " + name);
		jdbc.update("insert into mentee_preference (participant_id, language) values (?, 'BETAWI')", participantId);
	}

	/** Every value that identifies her, as stored before the erasure (and her NIK and KK in clear). */
	private List<String> identifyingValues(Her her) {
		List<String> values = new ArrayList<>(List.of(her.name(), her.email()));
		values.addAll(jdbc.queryForList("""
				select v from participant p, lateral (values (p.phone), (p.address), (p.business_name), (p.products)) x(v) where p.id = ?
				""", String.class, her.id()));
		values.addAll(jdbc.queryForList("select licence_number from licence where participant_id = ?", String.class,
				her.id()));
		values.addAll(jdbc.queryForList("""
				select v from outlet_product p, lateral (values (p.name), (p.packaging), (p.halal_number)) x(v)
				where p.participant_id = ?
				""", String.class, her.id()));
		return values;
	}

	/** Everything stored about the other participant in the tables an erasure changes. */
	private String rowsOf(Her other) {
		return jdbc.queryForObject("""
				select (select p::text from participant p where p.id = :id)
				  || (select string_agg(l::text, ',' order by l.id) from licence l where l.participant_id = :id)
				  || (select string_agg(o::text, ',' order by o.id) from outlet_product o where o.participant_id = :id)
				  || (select string_agg(s::text, ',' order by s.id) from mentoring_session s where s.participant_id = :id)
				  || (select string_agg(r::text, ',' order by r.id) from partner_referral r where r.participant_id = :id)
				  || (select a::text from account a where a.id = :account)
				""".replace(":id", Long.toString(other.id())).replace(":account", Long.toString(other.accountId())),
				String.class);
	}

	private String dashboardTotals() {
		return jdbc.queryForObject("""
				select (select string_agg(r::text, E'\\n' order by r::text) from dashboard_participant_rollup r)
				  || (select coalesce(string_agg(e::text, E'\\n' order by e::text), '') from dashboard_event_rollup e)
				  || (select count(*)::text from dashboard_fact)
				""", String.class);
	}

	private List<String> mailsTo(String address) throws Exception {
		List<String> subjects = new ArrayList<>();
		for (MimeMessage message : TestMail.server().getReceivedMessagesForDomain(address)) {
			if (java.util.Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equals(address))) {
				subjects.add(message.getSubject());
			}
		}
		return subjects;
	}

	private String dumpAllTables() throws Exception {
		return id.jakpreneur.portal.support.TableDump.of(dataSource);
	}

	record Her(long id, long accountId, String name, String email) {
	}

}
