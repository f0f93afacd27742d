package id.jakpreneur.portal.entrepreneur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.TestParticipants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 16, low: the citizen's data download as CSV keeps a phone number as it is ({@code +62...}, not
 * {@code '+62...}) and defuses a value that starts with a tab or carriage return followed by a formula.
 */
@PortalWebTest
class PrivacyExportCsvTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Registration registration;

	@Autowired
	ParticipantRecords records;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void phoneNumbersStayAndFormulasBehindATabOrCarriageReturnAreDefused() throws Exception {
		TestParticipants people = new TestParticipants(registration, records, accounts);
		TestParticipants.Registered citizen = people.register("Ekspor Csv", "31.71.01.1001", Sector.KULINER, 5_000_000);
		// values that came in by any path: the download must be safe to open in a spreadsheet whatever is stored
		jdbc.update("update participant set address = ?, phone = ? where id = ?", "\t=1+2", "+6281234567890",
				citizen.id());

		String csv = new String(mvc.perform(get("/me/privacy/export.csv").with(user(people.user(citizen.email()))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8);

		assertThat(csv).contains("\r\nphone,+6281234567890\r\n")
			.doesNotContain("'+62")
			.contains("\r\naddress,'\t=1+2\r\n");
	}

}
