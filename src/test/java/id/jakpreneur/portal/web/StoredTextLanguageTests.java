package id.jakpreneur.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.assessment.Evidence;
import id.jakpreneur.portal.assessment.StepCode;
import id.jakpreneur.portal.assessment.StepCompleted;
import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.TestParticipants;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the portal stores for people to read later (a step's evidence, a timeline entry, a profile change) is kept
 * as message keys with arguments and shown in the reader's language: an officer reading a participant's pages in
 * English meets no Indonesian sentence and no unresolved key, and the stored columns hold keys, not sentences.
 * Sentences stored before (migration V83) are turned into keys.
 */
@PortalWebTest
class StoredTextLanguageTests {

	/** Sentences and words the portal used to store or label in Indonesian, which an English page must not show. */
	static final List<String> INDONESIAN = List.of("usaha berjalan sejak", "dicairkan oleh", "Bukti:", "Kota/kabupaten",
			"Langkah", "sesi pendampingan", "laporan bulanan", "diverifikasi petugas", "Sertifikat pelatihan",
			"pembukuan rutin", "pernah memperoleh", "Penjualan pertama", "Izin");

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Registration registration;

	@Autowired
	ParticipantRecords records;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anOfficerReadsEvidenceTimelineAndHistoryInEnglish() throws Exception {
		TestParticipants people = new TestParticipants(registration, records, accounts);
		long id = people.registerValidated("Sari Bahasa", "31.71.01.1001", Sector.KULINER).id();
		records.declareLicence(people.user("admin@demo.local"), id, LicenceType.HALAL, "ID31110012345");
		records.declareLicence(people.user("admin@demo.local"), id, LicenceType.NIB, "9120001234567");
		transactions.executeWithoutResult(status -> events.publishEvent(new StepCompleted(id, StepCode.P7,
				Evidence.of("evidence.P7.capitalAmount", "Rp 10.000.000", "Bank DKI", "KUR Mikro | 50% \"ringan\""),
				Instant.now())));

		for (String url : List.of("/officer/entrepreneurs/" + id, "/officer/entrepreneurs/" + id + "/timeline",
				"/officer/entrepreneurs/" + id + "/assessment/result")) {
			String english = text(url + "?lang=en");
			assertThat(english).as(url).doesNotContain("??");
			assertThat(INDONESIAN).as(url).noneMatch(english::contains);
		}
		assertThat(text("/officer/entrepreneurs/" + id + "?lang=en")).contains("Licence: Halal certificate",
				"Capital of Rp 10.000.000 disbursed by Bank DKI (KUR Mikro | 50% \"ringan\")");
		assertThat(text("/officer/entrepreneurs/" + id + "/assessment/result?lang=en")).contains("Evidence: business running since",
				"Capital of Rp 10.000.000 disbursed by Bank DKI");
		assertThat(text("/officer/entrepreneurs/" + id + "/timeline?lang=en"))
			.contains("Capital of Rp 10.000.000 disbursed by Bank DKI");
		assertThat(text("/officer/entrepreneurs/" + id + "?lang=id")).contains("Izin: Sertifikat halal",
				"Modal Rp 10.000.000 dicairkan oleh Bank DKI");
		assertThat(text("/officer/entrepreneurs/" + id + "/assessment/result?lang=id")).contains("Bukti: usaha berjalan sejak");

		// what is stored is keys with arguments, never a sentence
		List<String> stored = jdbc.queryForList("""
				select e from assessment_current c, unnest(c.step_evidence) e where c.participant_id = ? and e is not null
				union all select evidence from participant_step_completion where participant_id = ?
				union all select args[2] from participant_timeline where participant_id = ? and kind = 'STEP_COMPLETED'
				""", String.class, id, id, id);
		assertThat(stored).contains("evidence.P7.capitalAmount|Rp 10.000.000|Bank DKI|KUR Mikro %7C 50%25 %22ringan%22")
			.anyMatch(text -> text.startsWith("evidence.P2.runningSince|"))
			.allSatisfy(text -> assertThat(INDONESIAN).noneMatch(text::contains));
	}

	@Test
	void sentencesStoredBeforeKeysBecomeKeys() throws Exception {
		TestParticipants people = new TestParticipants(registration, records, accounts);
		long id = people.registerValidated("Budi Lama", "31.71.01.1001", Sector.KULINER).id();
		jdbc.update("""
				insert into participant_step_completion (participant_id, step, evidence, completed_at) values
				(?, 'P7', 'Modal Rp 5.000.000 dicairkan oleh Bank | DKI (KUR Mikro)', now()),
				(?, 'P3', '4 sesi pendampingan antara 01-02-2026 dan 20-03-2026 (dalam 90 hari)', now()),
				(?, 'P4', 'catatan bebas dari dulu', now())
				""", id, id, id);
		jdbc.update("insert into participant_timeline (participant_id, kind, args) values (?, 'STEP_COMPLETED', "
				+ "array['P6', '3 laporan bulanan berturut-turut'])", id);

		jdbc.execute(Files.readString(Path.of("db/migration/V83__keyed_step_evidence_and_funnel_step_pairs.sql")));

		assertThat(jdbc.queryForList("select evidence from participant_step_completion where participant_id = ? order by id",
				String.class, id)).containsExactly("evidence.P7.capitalAmount|Rp 5.000.000|Bank %7C DKI|KUR Mikro",
						"evidence.P3.sessions|4|01-02-2026|20-03-2026|90", "catatan bebas dari dulu");
		assertThat(jdbc.queryForObject("select args[2] from participant_timeline where participant_id = ?", String.class,
				id)).isEqualTo("evidence.P6.reports|3");
		assertThat(text("/officer/entrepreneurs/" + id + "/timeline?lang=en")).contains("3 consecutive monthly reports");
	}

	private String text(String url) throws Exception {
		String html = mvc.perform(get(url).with(DemoUsers.as(accounts, Role.ADMIN)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return Jsoup.parse(html).text();
	}

}
