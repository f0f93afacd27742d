package id.jakpreneur.portal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.shared.DemoData;
import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.TestParticipants;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dashboards say how fresh their figures are and can be refreshed by officers and administrators, at most once
 * every couple of minutes across the portal; the administrator's home says its account counts are live and the
 * dashboard's are as of its refresh; in demo mode the summaries are built before the first request.
 */
@PortalWebTest
class DashboardRefreshTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Registration registration;

	@Autowired
	ParticipantRecords records;

	@Autowired
	ObjectProvider<DemoData> demoData;

	@Test
	void officersAndAdministratorsRefreshTheSummariesAtMostEveryFewMinutes() throws Exception {
		for (Role role : new Role[] { Role.OFFICER, Role.ADMIN }) {
			String base = role == Role.OFFICER ? "/officer/dashboard" : "/admin/dashboard";
			Document page = page(base, role);
			assertThat(page.select("form[action=" + base + "/refresh] button")).hasSize(1);
			assertThat(page.getElementById("freshness").text()).startsWith("Data per ").contains("WIB");

			// a participant registered after the last refresh counts once someone refreshes
			long late = new TestParticipants(registration, records, accounts)
				.register("Pendaftar Terlambat", "31.71.01.1001", Sector.KULINER, 5_000_000).id();
			jdbc.update("update dashboard_refresh set refreshed_at = now() - interval '1 hour'");
			assertThat(counted(late)).isZero();
			mvc.perform(post(base + "/refresh").with(DemoUsers.as(accounts, role)).with(csrf()))
				.andExpect(redirectedUrl(base))
				.andExpect(flash().attribute("flashSuccess", "dashboard.refresh.done"));
			assertThat(counted(late)).isOne();

			// pressed again at once: nothing is rebuilt
			Timestamp refreshed = jdbc.queryForObject("select refreshed_at from dashboard_refresh", Timestamp.class);
			mvc.perform(post(base + "/refresh").with(DemoUsers.as(accounts, role)).with(csrf()))
				.andExpect(redirectedUrl(base))
				.andExpect(flash().attribute("flashSuccess", "dashboard.refresh.recent"));
			assertThat(jdbc.queryForObject("select refreshed_at from dashboard_refresh", Timestamp.class))
				.isEqualTo(refreshed);
		}
	}

	@Test
	void theAdministratorsHomeSaysItsCountsAreLiveAndTheDashboardsAsOfItsRefresh() throws Exception {
		assertThat(page("/admin", Role.ADMIN).getElementById("accounts-as-of").text()).startsWith("Jumlah akun saat ini.")
			.containsAnyOf("dihitung per", "belum pernah dihitung");
	}

	@Test
	void demoDataEndsWithTheSummariesBuilt() {
		long late = new TestParticipants(registration, records, accounts)
			.register("Pendaftar Demo", "31.71.01.1001", Sector.KULINER, 5_000_000).id();
		assertThat(counted(late)).isZero();
		demoData.orderedStream().forEach(DemoData::createDemoData);
		assertThat(counted(late)).isOne();
	}

	private int counted(long participantId) {
		return jdbc.queryForObject("select count(*) from dashboard_fact where participant_id = ?", Integer.class,
				participantId);
	}

	private Document page(String url, Role role) throws Exception {
		return Jsoup.parse(mvc.perform(get(url).with(DemoUsers.as(accounts, role)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

}
