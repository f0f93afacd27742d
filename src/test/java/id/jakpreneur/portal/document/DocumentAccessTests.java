package id.jakpreneur.portal.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.PersonalDataHolder;
import id.jakpreneur.portal.entrepreneur.RetentionSchedule;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.outlet.PhotoFixtures;
import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.TestParticipants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * {@code /documents/{id}} serves a document to the participant, an officer of her area, an administrator and her
 * current mentor, with headers that keep the browser from treating it as anything else; everyone else is told "not
 * found". Her data export lists her documents, erasure and retention delete them with their bytes.
 */
@PortalWebTest
class DocumentAccessTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Documents documents;

	@Autowired
	Registration registration;

	@Autowired
	ParticipantRecords records;

	@Autowired
	AccountManagement accounts;

	@Autowired
	List<PersonalDataHolder> holders;

	@Autowired
	JdbcClient jdbc;

	private TestParticipants people() {
		return new TestParticipants(registration, records, accounts);
	}

	private StoredDocument pdfOf(long participantId) {
		return documents.attach(participantId, DocumentPurpose.FINANCIAL_REPORT, System.nanoTime(),
				DocumentFixtures.file("laporan \"Mei\".pdf", "application/pdf", DocumentFixtures.pdf()), 1);
	}

	private MockHttpServletResponse fetch(StoredDocument doc, RequestPostProcessor as) throws Exception {
		return mvc.perform(get(doc.url()).with(as)).andReturn().getResponse();
	}

	private PortalUser someone(Role role, String... areas) {
		return new PortalUser(-7, "x@example.id", "Orang Lain", role, Set.of(areas), true, null);
	}

	private PersonalDataHolder holder() {
		return holders.stream().filter(h -> h.name().equals("documents")).findFirst().orElseThrow();
	}

	@Test
	void theOwnerOfficersOfHerAreaAdministratorsAndHerMentorSeeItOthersAreToldNotFound() throws Exception {
		TestParticipants.Registered her = people().registerValidated("Pemilik Dokumen", "31.71.01.1001",
				Sector.KULINER);
		TestParticipants.Registered other = people().registerValidated("Peserta Lain", "31.71.01.1001",
				Sector.KULINER);
		StoredDocument doc = pdfOf(her.id());
		PortalUser mentor = people().user(DemoUsers.emailOf(Role.MENTOR));

		assertThat(fetch(doc, user(people().user(her.email()))).getStatus()).isEqualTo(200);
		assertThat(fetch(doc, user(people().user(people().officer("31.71")))).getStatus()).isEqualTo(200);
		assertThat(fetch(doc, user(people().user(people().officer("31.71.01")))).getStatus()).isEqualTo(200);
		assertThat(fetch(doc, DemoUsers.as(accounts, Role.ADMIN)).getStatus()).isEqualTo(200);

		assertThat(fetch(doc, user(people().user(other.email()))).getStatus()).isEqualTo(404);
		assertThat(fetch(doc, user(people().user(people().officer("31.72")))).getStatus()).isEqualTo(404);
		assertThat(fetch(doc, user(someone(Role.OFFICER, "31.71.02")))).extracting(r -> r.getStatus()).isEqualTo(404);
		assertThat(fetch(doc, user(mentor)).getStatus()).as("a mentor of her area, not hers").isEqualTo(404);
		assertThat(fetch(doc, DemoUsers.as(accounts, Role.PARTNER)).getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get(doc.url())).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/login");
		assertThat(mvc.perform(get("/documents/" + Long.MAX_VALUE).with(DemoUsers.as(accounts, Role.ADMIN)))
			.andReturn().getResponse().getStatus()).isEqualTo(404);

		long mentorId = jdbc.sql("select id from mentor where account_id = :account")
			.param("account", mentor.accountId()).query(Long.class).single();
		jdbc.sql("""
				insert into mentor_assignment (participant_id, mentor_id, track, assigned_by)
				values (:participant, :mentor, 'MARKETING_AND_DIGITAL', :mentorAccount)
				""").param("participant", her.id()).param("mentor", mentorId)
			.param("mentorAccount", mentor.accountId()).update();
		assertThat(fetch(doc, user(mentor)).getStatus()).as("her current mentor").isEqualTo(200);
		assertThat(fetch(doc, user(someone(Role.MENTOR, "31.71")))).extracting(r -> r.getStatus()).isEqualTo(404);
	}

	@Test
	void aDocumentIsServedAsItsTypeInlineUncachedAndAPdfSandboxed() throws Exception {
		TestParticipants.Registered her = people().registerValidated("Pengirim Laporan", "31.71.01.1002",
				Sector.KULINER);
		StoredDocument pdf = pdfOf(her.id());
		MockHttpServletResponse served = fetch(pdf, user(people().user(her.email())));

		assertThat(served.getContentType()).isEqualTo("application/pdf");
		assertThat(served.getContentAsByteArray()).isEqualTo(DocumentFixtures.pdf());
		assertThat(served.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(served.getHeader("Content-Disposition")).isEqualTo("inline; filename=\"laporan _Mei_.pdf\"");
		assertThat(served.getHeader("Cache-Control")).contains("no-store").contains("private");
		assertThat(served.getHeaders("Content-Security-Policy")).containsExactly("sandbox");

		StoredDocument png = documents.attach(her.id(), DocumentPurpose.OUTLET_SALES, 1, DocumentFixtures.file(
				"nota.png", "image/png", PhotoFixtures.png()), 1);
		MockHttpServletResponse image = fetch(png, user(people().user(her.email())));
		assertThat(image.getContentType()).isEqualTo("image/png");
		assertThat(image.getHeader("Content-Disposition")).isEqualTo("inline; filename=\"nota.png\"");
		assertThat(image.getHeader("Content-Security-Policy")).doesNotContain("sandbox");
	}

	@Test
	void herExportListsHerDocumentsAndErasureDeletesThemWithTheirBytes() {
		TestParticipants.Registered her = people().registerValidated("Penghapus Data", "31.71.01.1001",
				Sector.KULINER);
		TestParticipants.Registered other = people().registerValidated("Tetap Ada", "31.71.01.1001", Sector.KULINER);
		StoredDocument doc = pdfOf(her.id());
		StoredDocument kept = pdfOf(other.id());

		assertThat(holder().export(her.id())).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.singleElement()
			.isEqualTo(Map.of("id", doc.id(), "purpose", "FINANCIAL_REPORT", "subjectId", doc.subjectId(), "filename",
					"laporan _Mei_.pdf", "contentType", "application/pdf", "sizeBytes", doc.sizeBytes(), "uploadedAt",
					doc.uploadedAt().toString(), "url", "/documents/" + doc.id()));

		assertThat(holder().erase(her.id())).isEqualTo(1);

		assertThat(holder().export(her.id())).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.isEmpty();
		assertThat(bytesOf(doc.id())).isZero();
		assertThat(bytesOf(kept.id())).isOne();
	}

	@Test
	void retentionDeletesDocumentsOfAStepCompletedLongerAgoThanTheSchedule() {
		TestParticipants.Registered her = people().registerValidated("Lama Selesai", "31.71.01.1001",
				Sector.KULINER);
		StoredDocument report = pdfOf(her.id());
		StoredDocument licence = documents.attach(her.id(), DocumentPurpose.LICENCE, 5,
				DocumentFixtures.file("nib.pdf", "application/pdf", DocumentFixtures.pdf()), 1);
		jdbc.sql("""
				insert into participant_step_completion (participant_id, step, evidence, completed_at)
				values (:participant, 'P6', 'uji', now() - interval '3 days')
				""").param("participant", her.id()).update();
		Instant inAYear = Instant.now().plus(366, ChronoUnit.DAYS);

		holder().applyRetention(new RetentionSchedule(Period.ofYears(5), Period.ofYears(1)), Instant.now());
		assertThat(bytesOf(report.id())).as("P6 completed three days ago").isOne();

		assertThat(holder().applyRetention(new RetentionSchedule(Period.ofYears(5), Period.ofYears(1)), inAYear)
			.get("documents deleted")).isPositive();
		assertThat(bytesOf(report.id())).as("P6 completed over a year before").isZero();
		assertThat(bytesOf(licence.id())).as("P4 not completed").isOne();
	}

	private long bytesOf(long documentId) {
		return jdbc.sql("select count(*) from document_content where document_id = :id").param("id", documentId)
			.query(Long.class).single();
	}

}
