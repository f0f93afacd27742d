package id.jakpreneur.portal.entrepreneur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.NewAccount;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.entrepreneur.domain.NewRegistration;
import id.jakpreneur.portal.entrepreneur.domain.PersonalData;
import id.jakpreneur.portal.entrepreneur.domain.PersonalDataField;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.entrepreneur.domain.RevealPurpose;
import id.jakpreneur.portal.entrepreneur.domain.RevealRefusedException;
import id.jakpreneur.portal.entrepreneur.domain.RevealRequest;
import id.jakpreneur.portal.support.Citizens;
import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PortalWebTest;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * An officer's reveal of a NIK or KK needs a purpose from the list and a reason that says something, checked on
 * the server with the message beside each field; both are logged and shown to the citizen; an officer who reveals
 * more than the daily limit is reported to every administrator, once that day.
 */
@PortalWebTest
class RevealReasonTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Registration registration;

	@Autowired
	PersonalData personalData;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Value("${jakpreneur.personal-data.reveal-alert-per-day}")
	int limit;

	private long participantId;

	private NewRegistration citizen;

	@BeforeEach
	void registerSomeoneInGambir() {
		citizen = Citizens.runningKuliner(Citizens.email("reveal"), "31.71.01.1002");
		participantId = registration.register(citizen);
	}

	private long logged() {
		return jdbc.queryForObject("select count(*) from personal_data_access where participant_id = ?", Long.class,
				participantId);
	}

	@Test
	void aReasonThatSaysNothingOrNoPurposeIsRefusedBesideTheFieldAndNothingIsShownOrLogged() throws Exception {
		RequestPostProcessor officer = DemoUsers.as(accounts, Role.OFFICER);
		String[] empty = { ".....", "aaaaaaaaaaaaaaaaaaaaaaaaa", "cek cek cek cek cek cek", "ok", "perlu", "   " };
		for (String reason : empty) {
			mvc.perform(post("/officer/entrepreneurs/" + participantId + "/reveal").with(officer)
				.with(csrf())
				.param("field", "NIK")
				.param("purpose", "VERIFY_IDENTITY")
				.param("reason", reason))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("revealForm", "reason", "officer.reveal.reason.tooShort"))
				.andExpect(content().string(containsString("id=\"reveal-reason-error\"")))
				.andExpect(content().string(containsString("paling sedikit 20 karakter dan 3 kata yang berbeda")))
				.andExpect(content().string(not(containsString(citizen.person().nik()))));
		}
		mvc.perform(post("/officer/entrepreneurs/" + participantId + "/reveal").with(officer)
			.with(csrf())
			.param("field", "KK")
			.param("reason", "Mencocokkan KK dengan data bansos Dinsos"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("revealForm", "purpose", "NotNull"))
			.andExpect(content().string(containsString("id=\"reveal-purpose-error\"")))
			.andExpect(content().string(containsString("Pilih keperluan membuka nomor ini.")))
			.andExpect(content().string(not(containsString(citizen.person().kk()))));
		mvc.perform(post("/officer/entrepreneurs/" + participantId + "/reveal").with(officer)
			.with(csrf())
			.param("field", "KK")
			.param("purpose", "TO_BE_CURIOUS")
			.param("reason", "Mencocokkan KK dengan data bansos Dinsos"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("revealForm", "purpose"));
		assertThat(logged()).isZero();

		// the service refuses the same on its own
		PortalUser officerUser = (PortalUser) accounts.loadUserByUsername(DemoUsers.emailOf(Role.OFFICER));
		Assertions
			.assertThatThrownBy(() -> personalData.reveal(officerUser, participantId,
					new RevealRequest(PersonalDataField.NIK, RevealPurpose.AUDIT, ".....")))
			.isInstanceOf(RevealRefusedException.class);
		Assertions
			.assertThatThrownBy(() -> personalData.reveal(officerUser, participantId,
					new RevealRequest(PersonalDataField.NIK, null, "Audit data kependudukan triwulan ketiga")))
			.isInstanceOf(RevealRefusedException.class);
		assertThat(logged()).isZero();
	}

	@Test
	void thePurposeAndTheReasonAreLoggedAndTheCitizenSeesThem() throws Exception {
		mvc.perform(post("/officer/entrepreneurs/" + participantId + "/reveal").with(DemoUsers.as(accounts, Role.OFFICER))
			.with(csrf())
			.param("field", "NIK")
			.param("purpose", "LICENCE")
			.param("reason", "Pengisian NIB di OSS bersama pemilik usaha"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(citizen.person().nik())));
		assertThat(jdbc.queryForObject("select purpose from personal_data_access where participant_id = ?",
				String.class, participantId)).isEqualTo("LICENCE");
		mvc.perform(get("/me/privacy").with(user(accounts.loadUserByUsername(citizen.email()))))
			.andExpect(content().string(containsString("Pengurusan izin usaha (NIB, SPP-IRT, halal)")))
			.andExpect(content().string(containsString("Pengisian NIB di OSS bersama pemilik usaha")))
			.andExpect(content().string(not(containsString(citizen.person().nik()))));
	}

	@Test
	void anOfficerWhoRevealsMoreThanTheDailyLimitIsReportedToTheAdministratorsOnce() {
		String email = Citizens.email("petugas-rajin");
		accounts.open(new NewAccount(email, "Petugas Rajin Membuka", Role.OFFICER, "Petugas-Uji-2026", Set.of("31.71"), false));
		PortalUser officer = (PortalUser) accounts.loadUserByUsername(email);
		RevealRequest request = new RevealRequest(PersonalDataField.NIK, RevealPurpose.AUDIT,
				"Audit data kependudukan triwulan ketiga");
		String dedupeKey = "reveals:" + officer.accountId() + ":" + LocalDate.now(clock);
		List<Long> administrators = jdbc.queryForList(
				"select id from account where role = 'ADMIN' and enabled order by id", Long.class);
		assertThat(administrators).isNotEmpty();

		for (int i = 0; i < limit; i++) {
			personalData.reveal(officer, participantId, request);
		}
		assertThat(notices(dedupeKey)).as("at the limit").isEmpty();

		personalData.reveal(officer, participantId, request);
		personalData.reveal(officer, participantId, request);

		assertThat(notices(dedupeKey)).as("one notice per administrator").containsExactlyElementsOf(administrators);
		assertThat(jdbc.queryForObject("select args[1] from notification where dedupe_key = ? limit 1", String.class,
				dedupeKey)).isEqualTo("Petugas Rajin Membuka");
		assertThat(jdbc.queryForObject("select count(*) from personal_data_reveal_alert where officer_id = ?",
				Long.class, officer.accountId())).isEqualTo(1);
	}

	private List<Long> notices(String dedupeKey) {
		return jdbc.queryForList("select account_id from notification where kind = 'REVEALS_EXCEEDED' "
				+ "and dedupe_key = ? order by account_id", Long.class, dedupeKey);
	}

}
