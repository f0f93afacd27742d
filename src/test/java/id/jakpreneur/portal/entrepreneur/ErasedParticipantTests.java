package id.jakpreneur.portal.entrepreneur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.entrepreneur.domain.Erasure;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.TestParticipants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * After an administrator erased a participant (decision 109), officers cannot edit her profile back into a person
 * (a message, never a 500, nothing saved; the edit, decide, reveal and activation forms are hidden), and she is no
 * longer offered for validation nor found by her old name.
 */
@PortalWebTest
class ErasedParticipantTests {

	private static final String VILLAGE = "31.71.01.1001";

	@Autowired
	MockMvc mvc;

	@Autowired
	Registration registration;

	@Autowired
	ParticipantRecords records;

	@Autowired
	AccountManagement accounts;

	@Autowired
	ParticipantSearch search;

	@Autowired
	Erasure erasure;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anErasedParticipantIsNotEditedNotQueuedForValidationAndNotFoundByHerOldName() throws Exception {
		TestParticipants people = new TestParticipants(registration, records, accounts);
		String name = "Terhapus " + UUID.randomUUID().toString().substring(0, 8);
		TestParticipants.Registered her = people.register(name, VILLAGE, Sector.KULINER, 5_000_000);
		PortalUser officer = people.user(people.officer("31.71.01"));
		SearchCriteria byName = new SearchCriteria(name, null, null, null, null);
		assertThat(search.search(officer, byName, PageRequest.of(0, 10)).getContent()).hasSize(1);
		long waitingBefore = search.countWaiting(officer);
		mvc.perform(get("/officer/entrepreneurs/{id}/edit", her.id()).with(user(officer))).andExpect(status().isOk());

		erase(her.id());
		int changes = changes(her.id());

		assertThat(search.countWaiting(officer)).as("the registration queue's count").isEqualTo(waitingBefore - 1);
		assertThat(search.waiting(officer, PageRequest.of(0, 1000)).getContent())
			.noneMatch(p -> p.id() == her.id());
		assertThat(search.search(officer, byName, PageRequest.of(0, 10)).getContent()).isEmpty();

		mvc.perform(get("/officer/entrepreneurs/{id}", her.id()).with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Data pribadi peserta ini sudah dihapus")))
			.andExpect(content().string(not(containsString("/officer/entrepreneurs/" + her.id() + "/edit"))))
			.andExpect(content().string(not(containsString("/officer/entrepreneurs/" + her.id() + "/validate"))))
			.andExpect(content().string(not(containsString("/officer/entrepreneurs/" + her.id() + "/activation-code"))));
		mvc.perform(get("/officer/entrepreneurs/{id}/edit", her.id()).with(user(officer)))
			.andExpect(redirectedUrl("/officer/entrepreneurs/" + her.id()))
			.andExpect(flash().attribute("flashError", "officer.participant.erased"));
		mvc.perform(post("/officer/entrepreneurs/{id}/edit", her.id()).with(user(officer)).with(csrf())
			.param("fullName", name).param("nik", "3171014101900001").param("phone", "081234567890"))
			.andExpect(redirectedUrl("/officer/entrepreneurs/" + her.id()))
			.andExpect(flash().attribute("flashError", "officer.participant.erased"));
		mvc.perform(post("/officer/entrepreneurs/{id}/validate", her.id()).with(user(officer)).with(csrf()))
			.andExpect(status().isConflict());
		mvc.perform(post("/officer/entrepreneurs/{id}/activation-code", her.id()).with(user(officer)).with(csrf())
			.param("ktpChecked", "true")).andExpect(status().isConflict());

		Map<String, Object> row = jdbc.queryForMap(
				"select full_name, nik_hash, nik_encrypted, status from participant where id = ?", her.id());
		assertThat(row).containsEntry("full_name", "\u2014").containsEntry("nik_hash", null)
			.containsEntry("nik_encrypted", null).containsEntry("status", "SUBMITTED");
		assertThat(changes(her.id())).as("no edit recorded").isEqualTo(changes);
	}

	private int changes(long participantId) {
		return jdbc.queryForObject("select count(*) from participant_change where participant_id = ?", Integer.class,
				participantId);
	}

	private void erase(long participantId) throws Exception {
		erasure.request(participantId);
		long request = jdbc.queryForObject(
				"select id from deletion_request where participant_id = ? and outcome = 'PENDING'", Long.class,
				participantId);
		mvc.perform(post("/admin/privacy/deletions/" + request + "/erase").with(DemoUsers.as(accounts, Role.ADMIN))
			.with(csrf())).andExpect(redirectedUrl("/admin/privacy/deletions"));
	}

}
