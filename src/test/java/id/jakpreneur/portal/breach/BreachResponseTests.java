package id.jakpreneur.portal.breach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.entrepreneur.domain.PersonalData;
import id.jakpreneur.portal.entrepreneur.domain.PersonalDataField;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.entrepreneur.domain.RevealPurpose;
import id.jakpreneur.portal.entrepreneur.domain.RevealRequest;
import id.jakpreneur.portal.shared.Jakarta;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.SentNotices;
import id.jakpreneur.portal.support.TestParticipants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 22, breach response: for a suspected account and a window, the portal finds exactly the people whose data
 * that account touched in the window (a reveal, a profile edit, a timeline entry; not before the window, not another
 * officer's), tells each once per incident, and exports them for the authority without NIK or KK.
 */
@PortalWebTest
class BreachResponseTests {

	private static final DateTimeFormatter FORM = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private static final String REASON = "Memeriksa kecocokan data untuk verifikasi rujukan modal";

	@Autowired
	MockMvc mvc;

	@Autowired
	Registration registration;

	@Autowired
	ParticipantRecords records;

	@Autowired
	AccountManagement accounts;

	@Autowired
	PersonalData personalData;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void findsExactlyThePeopleTheAccountTouchedInTheWindowTellsThemOnceAndExportsThem() throws Exception {
		TestParticipants people = new TestParticipants(registration, records, accounts);
		PortalUser suspect = people.user(people.officer("31.71"));
		PortalUser other = people.user(people.officer("31.71"));
		PortalUser admin = people.user("admin@demo.local");
		long revealed = people.register("Bocor Satu", "31.71.01.1001", Sector.KULINER, 5_000_000).id();
		long edited = people.register("Bocor Dua", "31.71.01.1001", Sector.KULINER, 5_000_000).id();
		long inTimeline = people.register("Bocor Tiga", "31.71.01.1001", Sector.KULINER, 5_000_000).id();
		long before = people.register("Bocor Lama", "31.71.01.1001", Sector.KULINER, 5_000_000).id();
		long byOther = people.register("Bocor Lain", "31.71.01.1001", Sector.KULINER, 5_000_000).id();
		String nik = personalData.reveal(suspect, revealed,
				new RevealRequest(PersonalDataField.NIK, RevealPurpose.VERIFY_IDENTITY, REASON));
		jdbc.update("insert into participant_change (participant_id, changed_by, field, old_value, new_value) "
				+ "values (?, ?, 'phone', 'lama', 'baru')", edited, suspect.accountId());
		jdbc.update("insert into participant_timeline (participant_id, kind, actor_id) values (?, 'REFERRAL', ?)",
				inTimeline, suspect.accountId());
		personalData.reveal(suspect, before, new RevealRequest(PersonalDataField.KK, RevealPurpose.VERIFY_IDENTITY, REASON));
		jdbc.update("update personal_data_access set accessed_at = now() - interval '10 days' where participant_id = ?",
				before);
		personalData.reveal(other, byOther, new RevealRequest(PersonalDataField.NIK, RevealPurpose.VERIFY_IDENTITY, REASON));

		LocalDateTime now = LocalDateTime.now(Jakarta.ZONE);
		String location = mvc.perform(post("/admin/privacy/breach").with(user(admin)).with(csrf())
			.param("account", suspect.getUsername())
			.param("windowFrom", FORM.format(now.minusDays(1)))
			.param("windowUntil", FORM.format(now.plusMinutes(5)))
			.param("discoveredAt", FORM.format(now.minusMinutes(1)))
			.param("description", "Kata sandi petugas tersebar di grup pesan"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long incident = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

		String page = mvc.perform(get(location).with(user(admin))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("data-participant=\"" + revealed + "\"", "data-participant=\"" + edited + "\"",
				"data-participant=\"" + inTimeline + "\"", "REVEAL:NIK", "CHANGE:phone", "TIMELINE:REFERRAL")
			.doesNotContain("data-participant=\"" + before + "\"")
			.doesNotContain("data-participant=\"" + byOther + "\"");

		mvc.perform(post(location + "/notify").with(user(admin)).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post(location + "/notify").with(user(admin)).with(csrf())).andExpect(status().is3xxRedirection());
		SentNotices sent = new SentNotices(jdbc);
		for (long touched : new long[] { revealed, edited, inTimeline }) {
			assertThat(sent.bell(accountOf(touched), "BREACH_NOTICE")).singleElement()
				.satisfies(b -> assertThat(b.link()).isEqualTo("/me/privacy"));
		}
		assertThat(sent.count(accountOf(before), "BREACH_NOTICE")).isZero();
		assertThat(sent.count(accountOf(byOther), "BREACH_NOTICE")).isZero();
		assertThat(jdbc.queryForObject("select notified from breach_incident where id = ?", Integer.class, incident))
			.isEqualTo(3);

		String csv = new String(mvc.perform(get(location + "/export.csv").with(user(admin)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(csv.lines()).hasSize(4).first().asString().startsWith("participant_id,account_id,name");
		assertThat(csv).contains("Bocor Satu", "REVEAL:NIK", "Bocor Dua", "CHANGE:phone", "Bocor Tiga")
			.doesNotContain("Bocor Lama").doesNotContain("Bocor Lain").doesNotContain(nik);
	}

	@Test
	void anIncidentThatBreaksARuleIsRefusedWithAFieldMessageAndNothingStored() throws Exception {
		PortalUser admin = new TestParticipants(registration, records, accounts).user("admin@demo.local");
		int incidents = jdbc.queryForObject("select count(*) from breach_incident", Integer.class);
		LocalDateTime now = LocalDateTime.now(Jakarta.ZONE);
		String page = mvc.perform(post("/admin/privacy/breach").with(user(admin)).with(csrf())
			.param("account", "admin@demo.local")
			.param("windowFrom", FORM.format(now.minusHours(1)))
			.param("windowUntil", FORM.format(now.minusHours(2)))
			.param("discoveredAt", FORM.format(now.minusMinutes(1)))
			.param("description", "Uji"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("windowUntil-error");
		page = mvc.perform(post("/admin/privacy/breach").with(user(admin)).with(csrf())
			.param("account", "tidak-ada@example.id")
			.param("windowFrom", FORM.format(now.minusHours(2)))
			.param("windowUntil", FORM.format(now.minusHours(1)))
			.param("discoveredAt", FORM.format(now.minusMinutes(1)))
			.param("description", "Uji"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("account-error");
		assertThat(jdbc.queryForObject("select count(*) from breach_incident", Integer.class)).isEqualTo(incidents);
	}

	private long accountOf(long participantId) {
		return jdbc.queryForObject("select account_id from participant where id = ?", Long.class, participantId);
	}

}
