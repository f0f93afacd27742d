package id.jakpreneur.portal.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.SentNotices;
import id.jakpreneur.portal.support.TestParticipants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Issue 18: verification with a way back. The officer verifies a submitted licence or returns it with a reason; the
 * citizen reads the reason (page and notice), corrects and resubmits; the officer's queue holds only submitted
 * licences; every decision is in the timeline with its actor; illegal moves are refused by the aggregate, and the
 * state's invariants by the table's CHECKs.
 */
@PortalWebTest
class LicenceReviewTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));

	private static final String REASON = "Foto sertifikat buram, nomor tidak terbaca. Unggah ulang yang jelas.";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Registration registration;

	@Autowired
	ParticipantRecords records;

	@Autowired
	JdbcTemplate jdbc;

	private TestParticipants people;

	private TestParticipants.Registered me;

	private PortalUser login;

	@BeforeEach
	void setUp() {
		people = new TestParticipants(registration, records, accounts);
		me = people.registerValidated("Penjahit Teliti", "31.71.01.1001", Sector.FESYEN);
		login = people.user(me.email());
	}

	@Test
	void aReturnedLicenceReachesTheCitizenWithItsReasonAndCanBeResubmittedAndVerified() throws Exception {
		submit("9120301234500").andExpect(redirectedUrl("/me/licences"));
		long id = licenceId();
		queue().andExpect(content().string(containsString("9120301234500")));

		officer(post("/officer/entrepreneurs/{p}/licences/{l}/return", me.id(), id).param("reason", REASON))
			.andExpect(redirectedUrl("/officer/entrepreneurs/" + me.id() + "/licences"))
			.andExpect(flash().attribute("flashSuccess", "programme.licence.returned"));
		assertThat(state(id)).isEqualTo("RETURNED");
		// she reads the reason on her page and in a notice; it is no longer waiting for the officer
		mvc.perform(get("/me/licences").with(user(login)))
			.andExpect(content().string(containsString("Foto sertifikat buram, nomor tidak terbaca.")));
		assertThat(new SentNotices(jdbc).one(login.accountId(), "LICENCE_RETURNED", "/me/licences", "id", me.email())
			.args()).containsExactly("NIB", "9120301234500", REASON);
		queue().andExpect(content().string(not(containsString("9120301234500"))));
		// a returned licence cannot be verified before she answers
		officer(post("/officer/entrepreneurs/{p}/licences/{l}/verify", me.id(), id))
			.andExpect(flash().attribute("flashError", "programme.licence.review.notSubmitted"));
		assertThat(state(id)).isEqualTo("RETURNED");

		submit("9120301234501").andExpect(redirectedUrl("/me/licences"))
			.andExpect(flash().attribute("flashSuccess", "programme.licence.resubmitted"));
		assertThat(state(id)).isEqualTo("SUBMITTED");
		assertThat(jdbc.queryForObject("select return_reason is null from licence where id = ?", Boolean.class, id))
			.isTrue();
		queue().andExpect(content().string(containsString("9120301234501")));

		officer(post("/officer/entrepreneurs/{p}/licences/{l}/verify", me.id(), id))
			.andExpect(flash().attribute("flashSuccess", "programme.licence.verified"));
		assertThat(state(id)).isEqualTo("VERIFIED");
		queue().andExpect(content().string(not(containsString("9120301234501"))));
	}

	@Test
	void anIssuedLicenceGoesWithThePhotoOfItsCertificateSavedTogetherOrNotAtAll() throws Exception {
		mvc.perform(post("/me/licences").with(user(login)).with(csrf()).param("type", "NIB").param("status", "ISSUED")
			.param("number", "9120301234550").param("issuedOn", TODAY.minusDays(20).toString()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "document", "programme.licence.document.required"));
		mvc.perform(multipart("/me/licences")
			.file(new MockMultipartFile("document", "sertifikat.png", "image/png", new byte[] { 'M', 'Z', 0, 0 }))
			.with(user(login)).with(csrf()).param("type", "NIB").param("status", "ISSUED")
			.param("number", "9120301234550").param("issuedOn", TODAY.minusDays(20).toString()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "document", "document.file.type"));
		assertThat(jdbc.queryForObject("select count(*) from licence where participant_id = ?", Integer.class, me.id()))
			.isZero();

		submit("9120301234550").andExpect(redirectedUrl("/me/licences"));
		long id = licenceId();
		assertThat(jdbc.queryForObject("select count(*) from document where subject_id = ? and purpose = 'LICENCE'",
				Integer.class, id)).isEqualTo(1);
		officer(get("/officer/entrepreneurs/{p}/licences", me.id()))
			.andExpect(content().string(containsString("sertifikat.png")))
			.andExpect(content().string(containsString("href=\"/documents/")));
		// a correction keeps the document already sent
		officer(post("/officer/entrepreneurs/{p}/licences/{l}/return", me.id(), id).param("reason", REASON));
		mvc.perform(post("/me/licences").with(user(login)).with(csrf()).param("type", "NIB").param("status", "ISSUED")
			.param("number", "9120301234551").param("issuedOn", TODAY.minusDays(20).toString()))
			.andExpect(redirectedUrl("/me/licences"));
		assertThat(state(id)).isEqualTo("SUBMITTED");
	}

	@Test
	void everyDecisionIsInTheTimelineWithItsActor() throws Exception {
		submit("9120301234510");
		long id = licenceId();
		officer(post("/officer/entrepreneurs/{p}/licences/{l}/return", me.id(), id).param("reason", REASON));
		submit("9120301234511");
		officer(post("/officer/entrepreneurs/{p}/licences/{l}/verify", me.id(), id));

		long officerId = ((PortalUser) accounts.loadUserByUsername(DemoUsers.emailOf(Role.OFFICER))).accountId();
		List<String> entries = jdbc.query("""
				select kind, actor_id, args from participant_timeline
				where participant_id = ? and kind like 'LICENCE%' order by id
				""", (rs, n) -> rs.getString("kind") + " by " + rs.getLong("actor_id") + " "
				+ String.join("|", (String[]) rs.getArray("args").getArray()), me.id());
		assertThat(entries).containsExactly(
				"LICENCE_RECORDED by " + login.accountId() + " NIB|ISSUED|9120301234510",
				"LICENCE_RETURNED by " + officerId + " NIB|9120301234510|" + REASON,
				"LICENCE_RESUBMITTED by " + login.accountId() + " NIB|9120301234511",
				"LICENCE_VERIFIED by " + officerId + " NIB|9120301234511");
		mvc.perform(get("/me/timeline").with(user(login)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(REASON)));
	}

	@Test
	void aReturnNeedsAReasonOfAtMost500CharactersShownBesideItsFieldAndChangesNothing() throws Exception {
		submit("9120301234520");
		long id = licenceId();
		officer(post("/officer/entrepreneurs/{p}/licences/{l}/return", me.id(), id).param("reason", "   "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tulis alasan pengembalian.")))
			.andExpect(content().string(containsString("id=\"reason-error-" + id + "\"")));
		officer(post("/officer/entrepreneurs/{p}/licences/{l}/return", me.id(), id).param("reason", "x".repeat(501)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Alasan paling banyak 500 karakter.")));
		assertThat(state(id)).isEqualTo("SUBMITTED");
		assertThat(new SentNotices(jdbc).count(login.accountId(), "LICENCE_RETURNED")).isZero();
	}

	@Test
	void illegalMovesAreRefusedAndTheTableKeepsTheStatesInvariants() throws Exception {
		mvc.perform(post("/me/licences").with(user(login)).with(csrf()).param("type", "HAKI").param("status", "IN_PROCESS"));
		long inProcess = jdbc.queryForObject(
				"select id from licence where participant_id = ? and licence_type = 'HAKI'", Long.class, me.id());
		officer(post("/officer/entrepreneurs/{p}/licences/{l}/return", me.id(), inProcess).param("reason", REASON))
			.andExpect(flash().attribute("flashError", "programme.licence.return.notIssued"));
		submit("9120301234530");
		long id = licenceId();
		officer(post("/officer/entrepreneurs/{p}/licences/{l}/verify", me.id(), id));
		officer(post("/officer/entrepreneurs/{p}/licences/{l}/return", me.id(), id).param("reason", REASON))
			.andExpect(flash().attribute("flashError", "programme.licence.review.notSubmitted"));
		assertThat(state(id)).isEqualTo("VERIFIED");
		assertThat(state(inProcess)).isEqualTo("IN_PROCESS");

		assertThatThrownBy(() -> jdbc.update("update licence set verified_at = null where id = ?", id))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> jdbc.update("update licence set state = 'RETURNED' where id = ?", id))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> jdbc.update("""
				update licence set state = 'RETURNED', verified_at = null, verified_by = null, return_reason = ' ',
				       returned_by = recorded_by, returned_at = now() where id = ?""", id))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> jdbc.update("update licence set state = 'SUBMITTED' where id = ?", inProcess))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void onlyTheParticipantsAreaOfficerMayReturn() throws Exception {
		TestParticipants.Registered south = people.registerValidated("Warga Selatan", "31.74.01.1001", Sector.JASA);
		mvc.perform(Certificates.recordWithPhoto().with(user(people.user(south.email()))).with(csrf()).param("type", "NIB")
			.param("status", "ISSUED").param("number", "9120301234540").param("issuedOn", TODAY.toString()));
		long theirs = jdbc.queryForObject("select id from licence where participant_id = ?", Long.class, south.id());
		officer(post("/officer/entrepreneurs/{p}/licences/{l}/return", south.id(), theirs).param("reason", REASON))
			.andExpect(status().isNotFound());
		mvc.perform(post("/officer/entrepreneurs/{p}/licences/{l}/return", south.id(), theirs).param("reason", REASON)
			.with(user(login)).with(csrf())).andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select state from licence where id = ?", String.class, theirs))
			.isEqualTo("SUBMITTED");
	}

	@Test
	void theOfficerIsWarnedBeforeVerifyingALicenceWithoutADocument() throws Exception {
		submit("9120301234570").andExpect(redirectedUrl("/me/licences"));
		long id = licenceId();
		officer(get("/officer/entrepreneurs/{p}/licences", me.id()))
			.andExpect(content().string(not(containsString("tanpa dokumen"))));
		// a licence recorded before documents were required (legacy rows) has none
		jdbc.update("delete from document where subject_id = ? and purpose = 'LICENCE'", id);
		officer(get("/officer/entrepreneurs/{p}/licences", me.id()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("tanpa dokumen")))
			.andExpect(content().string(containsString("/licences/" + id + "/verify")));
	}

	private ResultActions submit(String number) throws Exception {
		return mvc.perform(Certificates.recordWithPhoto().with(user(login)).with(csrf()).param("type", "NIB")
			.param("status", "ISSUED").param("number", number).param("issuedOn", TODAY.minusDays(20).toString()));
	}

	private ResultActions officer(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return mvc.perform(request.with(DemoUsers.as(accounts, Role.OFFICER)).with(csrf()));
	}

	private ResultActions queue() throws Exception {
		return mvc.perform(get("/officer/licences").param("size", "100").with(DemoUsers.as(accounts, Role.OFFICER)))
			.andExpect(status().isOk());
	}

	private long licenceId() {
		return jdbc.queryForObject("select id from licence where participant_id = ? and licence_type = 'NIB'",
				Long.class, me.id());
	}

	private String state(long id) {
		return jdbc.queryForObject("select state from licence where id = ?", String.class, id);
	}

}
