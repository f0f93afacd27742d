package id.jakpreneur.portal.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.assessment.StepCode;
import id.jakpreneur.portal.assessment.StepCompleted;
import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.licensing.domain.LicenceExpiryNotices;
import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.TestParticipants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/** P4 through /me/licences and the officer's verification: validation, area, completion once, expiry notices. */
@PortalWebTest
@RecordApplicationEvents
class LicenceTests {

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
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents events;

	@Autowired
	LicenceExpiryNotices expiryNotices;

	private TestParticipants people;

	private TestParticipants.Registered me;

	private PortalUser login;

	@BeforeEach
	void setUp() {
		people = new TestParticipants(registration, records, accounts);
		me = people.registerValidated("Penjahit Rapi", "31.71.01.1001", Sector.FESYEN);
		login = people.user(me.email());
	}

	@Test
	void showsTheRouteWithWhereToGo() throws Exception {
		mvc.perform(get("/me/licences").with(user(login)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("oss.go.id")))
			.andExpect(content().string(containsString("merek.dgip.go.id")));
	}

	@Test
	void refusesBadInputBesideTheFieldAndSavesNothing() throws Exception {
		record("NIB", "ISSUED", "", null, null).andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "number", "programme.licence.number.required"));
		record("NIB", "ISSUED", "12345", TODAY.minusDays(3), null).andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "number", "participant.nib.invalid"));
		record("NIB", "ISSUED", "9120301234567", null, null).andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "issuedOn", "programme.licence.issuedOn.required"));
		record("NIB", "ISSUED", "9120301234567", TODAY.plusDays(1), null).andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "issuedOn", "programme.licence.issuedOn.future"));
		record("HAKI", "ISSUED", "IDM000123", TODAY.minusDays(3), TODAY.minusDays(5)).andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "expiresOn", "programme.licence.expiresOn.beforeIssue"));
		record("OTHER", "IN_PROCESS", "", null, null).andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "otherName", "programme.licence.otherName.required"));
		record("NIB", "NEEDED", "", null, null).andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "status", "programme.licence.status.invalid"));
		record("NIB", "ISSUED", "<script>", TODAY, null).andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "number"));
		mvc.perform(post("/me/licences").with(user(login)).with(csrf()).param("type", "NOPE").param("status", "X"))
			.andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "type", "status"));
		assertThat(licences()).isZero();
	}

	@Test
	void anNibVerifiedByTheAreaOfficerCompletesP4OnceAndReachesTheProfile() throws Exception {
		record("NIB", "ISSUED", "9120301234567", TODAY.minusDays(10), null).andExpect(redirectedUrl("/me/licences"));
		assertThat(records.get(login, me.id()).business().licences()).containsEntry(LicenceType.NIB, "9120301234567");
		long id = licenceId(LicenceType.NIB);

		mvc.perform(get("/officer/entrepreneurs/{p}/licences", me.id()).with(DemoUsers.as(accounts, Role.OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("9120301234567")));
		mvc.perform(get("/officer/licences").param("size", "1000").with(DemoUsers.as(accounts, Role.OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("9120301234567")));
		mvc.perform(post("/officer/entrepreneurs/{p}/licences/{l}/verify", me.id(), id)
			.with(DemoUsers.as(accounts, Role.OFFICER)).with(csrf()))
			.andExpect(redirectedUrl("/officer/entrepreneurs/" + me.id() + "/licences"));
		mvc.perform(post("/officer/entrepreneurs/{p}/licences/{l}/verify", me.id(), id)
			.with(DemoUsers.as(accounts, Role.OFFICER)).with(csrf()));

		assertThat(events.stream(StepCompleted.class)
			.filter(e -> e.participantId() == me.id() && e.step() == StepCode.P4))
			.singleElement()
			.satisfies(e -> assertThat(e.evidence()).contains("NIB 9120301234567"));
		assertThat(jdbc.queryForObject("select status from participant_step where participant_id = ? and step = 'P4'",
				String.class, me.id())).isEqualTo("COMPLETED");
		assertThat(jdbc.queryForObject("select verified_by is not null from licence where id = ?", Boolean.class, id))
			.isTrue();
	}

	@Test
	void aChangeClearsTheVerificationAndAFoodBusinessNeedsTheWholeRoute() throws Exception {
		TestParticipants.Registered cook = people.registerValidated("Juru Masak", "31.71.01.1001", Sector.KULINER);
		PortalUser cookLogin = people.user(cook.email());
		mvc.perform(Certificates.recordWithPhoto().with(user(cookLogin)).with(csrf()).param("type", "NIB").param("status", "ISSUED")
			.param("number", "9120301234568").param("issuedOn", TODAY.minusDays(30).toString()));
		long nib = jdbc.queryForObject("select id from licence where participant_id = ? and licence_type = 'NIB'",
				Long.class, cook.id());
		verify(cook.id(), nib);
		assertThat(events.stream(StepCompleted.class).filter(e -> e.participantId() == cook.id())).isEmpty();

		mvc.perform(Certificates.recordWithPhoto().with(user(cookLogin)).with(csrf()).param("type", "NIB").param("status", "ISSUED")
			.param("number", "9120301234569").param("issuedOn", TODAY.minusDays(30).toString()));
		assertThat(jdbc.queryForObject("select verified_at is null from licence where id = ?", Boolean.class, nib))
			.isTrue();
	}

	@Test
	void officersOfAnotherAreaAndOtherRolesCannotSeeOrVerify() throws Exception {
		TestParticipants.Registered south = people.registerValidated("Warga Selatan", "31.74.01.1001", Sector.JASA);
		mvc.perform(get("/officer/entrepreneurs/{p}/licences", south.id()).with(DemoUsers.as(accounts, Role.OFFICER)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/officer/entrepreneurs/{p}/licences/{l}/verify", south.id(), 1)
			.with(DemoUsers.as(accounts, Role.OFFICER)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/officer/entrepreneurs/{p}/licences", me.id()).with(user(login)))
			.andExpect(status().isForbidden());
		record("NIB", "ISSUED", "9120301234570", TODAY.minusDays(1), null);
		long mine = licenceId(LicenceType.NIB);
		mvc.perform(post("/officer/entrepreneurs/{p}/licences/{l}/verify", south.id(), mine)
			.with(DemoUsers.as(accounts, Role.ADMIN)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(Certificates.recordWithPhoto().with(user(people.user(south.email()))).with(csrf()).param("type", "NIB")
			.param("status", "ISSUED").param("number", "9120301234571").param("issuedOn", TODAY.toString()));
		mvc.perform(get("/officer/licences").with(DemoUsers.as(accounts, Role.OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("9120301234571"))));
	}

	@Test
	void licencesExpiringWithin30DaysAreNoticedOnce() throws Exception {
		record("HAKI", "ISSUED", "IDM000999", TODAY.minusYears(9), TODAY.plusDays(20));
		long accountId = login.accountId();
		int before = notices(accountId);
		expiryNotices.notice(TODAY);
		expiryNotices.notice(TODAY);
		assertThat(notices(accountId)).isEqualTo(before + 1);
		assertThat(jdbc.queryForObject("select link from notification where account_id = ? and kind = 'LICENCE_EXPIRING'",
				String.class, accountId)).isEqualTo("/me/licences");
	}

	private void verify(long participantId, long licenceId) throws Exception {
		mvc.perform(post("/officer/entrepreneurs/{p}/licences/{l}/verify", participantId, licenceId)
			.with(DemoUsers.as(accounts, Role.OFFICER)).with(csrf()));
	}

	private ResultActions record(String type, String status, String number, LocalDate issued, LocalDate expires)
			throws Exception {
		AbstractMockHttpServletRequestBuilder<?> request = "ISSUED".equals(status) ? Certificates.recordWithPhoto()
				: post("/me/licences");
		request.with(user(login)).with(csrf()).param("type", type).param("status", status).param("number", number);
		if (issued != null) {
			request.param("issuedOn", issued.toString());
		}
		if (expires != null) {
			request.param("expiresOn", expires.toString());
		}
		return mvc.perform(request);
	}

	private long licenceId(LicenceType type) {
		return jdbc.queryForObject("select id from licence where participant_id = ? and licence_type = ?", Long.class,
				me.id(), type.name());
	}

	private int licences() {
		return jdbc.queryForObject("select count(*) from licence where participant_id = ?", Integer.class, me.id());
	}

	private int notices(long accountId) {
		return jdbc.queryForObject("select count(*) from notification where account_id = ? and kind = 'LICENCE_EXPIRING'",
				Integer.class, accountId);
	}

}
