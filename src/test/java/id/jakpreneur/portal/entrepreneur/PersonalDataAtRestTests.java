package id.jakpreneur.portal.entrepreneur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PortalWebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * NIK and KK never appear in clear in the database, in the logs or in a URL: a registration, a reveal and a
 * profile view later, a dump of every table and everything logged are searched for the numbers.
 */
@PortalWebTest
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataAtRestTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountManagement accounts;

	@Test
	void aDumpOfTheDatabaseAndTheLogsNeverShowNikOrKk(CapturedOutput output) throws Exception {
		Map<String, String> form = RegistrationTests.validForm();
		String nik = form.get("nik");
		String kk = form.get("kk");
		String location = RegistrationTests.submit(mvc, form).andExpect(redirectedUrl("/register/received")).andReturn().getResponse()
			.getRedirectedUrl();
		assertThat(location).doesNotContain(nik);
		// a second registration of the same NIK becomes a claim for the secretariat, stored like the first
		Map<String, String> claim = RegistrationTests.validForm();
		claim.put("nik", nik);
		RegistrationTests.submit(mvc, claim).andExpect(redirectedUrl("/register/received"));
		mvc.perform(get("/officer/registration-claims").with(DemoUsers.as(accounts, Role.OFFICER)));
		Long id = jdbc.queryForObject(
				"select p.id from participant p join account a on a.id = p.account_id where a.email = ?", Long.class,
				form.get("email"));
		mvc.perform(post("/officer/entrepreneurs/" + id + "/reveal").with(DemoUsers.as(accounts, Role.OFFICER))
			.with(csrf())
			.param("field", "KK")
			.param("purpose", "SOCIAL_PROGRAMME")
			.param("reason", "Verifikasi KK untuk program Dinsos"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString(kk)));
		mvc.perform(get("/officer/entrepreneurs?name=Rina").with(DemoUsers.as(accounts, Role.OFFICER)));

		String dump = dumpAllTables();
		assertThat(dump).as("database dump").contains(form.get("email")).contains(claim.get("email")).doesNotContain(nik).doesNotContain(kk);
		assertThat(output.getAll()).as("logs").doesNotContain(nik).doesNotContain(kk);
	}

	private String dumpAllTables() throws Exception {
		return id.jakpreneur.portal.support.TableDump.of(dataSource);
	}

}
