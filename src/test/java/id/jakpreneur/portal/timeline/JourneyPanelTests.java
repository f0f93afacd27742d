package id.jakpreneur.portal.timeline;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.TestParticipants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The timeline's panel on the participant's overview pages, contributed through entrepreneur's ParticipantPanel:
 * on the entrepreneur's home and the officer's participant page, each with its own addresses.
 */
@PortalWebTest
class JourneyPanelTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Registration registration;

	@Autowired
	ParticipantRecords records;

	@Test
	void theHomeAndTheOfficersPageShowTheLatestEntriesAndTheNextLicence() throws Exception {
		TestParticipants people = new TestParticipants(registration, records, accounts);
		TestParticipants.Registered me = people.registerValidated("Peserta Panel", "31.71.01.1001", Sector.KULINER);
		String officerBase = "/officer/entrepreneurs/" + me.id();

		mvc.perform(get("/me").with(user(people.user(me.email()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Riwayat terbaru")))
			.andExpect(content().string(containsString("Izin berikutnya yang perlu diurus")))
			.andExpect(content().string(not(containsString(officerBase + "/timeline"))));
		mvc.perform(get(officerBase).with(DemoUsers.as(accounts, Role.OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Riwayat terbaru")))
			.andExpect(content().string(containsString("href=\"" + officerBase + "/timeline\"")))
			.andExpect(content().string(containsString("href=\"" + officerBase + "/licences\"")));
		mvc.perform(post(officerBase + "/reveal").with(DemoUsers.as(accounts, Role.OFFICER))
			.with(csrf())
			.param("field", "NIK")
			.param("reason", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Riwayat terbaru"))));
	}

}
