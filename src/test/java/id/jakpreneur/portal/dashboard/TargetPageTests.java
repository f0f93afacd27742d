package id.jakpreneur.portal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PortalWebTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Administrators set yearly targets per agency and step; bad input is refused beside its field, nothing saved. */
@PortalWebTest
class TargetPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void targetsAreSavedForTheYearAndShownAgain() throws Exception {
		mvc.perform(post("/admin/targets").with(csrf()).with(DemoUsers.as(accounts, Role.ADMIN))
			.param("year", "2022").param("targets[PPKUKM_P1]", "1.200").param("targets[DINSOS_P7]", "15")
			.param("targets[KPKP_P3]", ""))
			.andExpect(redirectedUrl("/admin/targets?year=2022"))
			.andExpect(flash().attribute("flashSuccess", "dashboard.targets.saved"));
		assertThat(jdbc.queryForList("select agency_code || ' ' || step || ' ' || target from dashboard_target where year = 2022 order by 1",
				String.class)).containsExactly("DINSOS P7 15", "PPKUKM P1 1200");
		Document page = Jsoup.parse(mvc.perform(get("/admin/targets?year=2022").with(DemoUsers.as(accounts, Role.ADMIN)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.getElementById("t-PPKUKM_P1").val()).isEqualTo("1200");
	}

	@Test
	void badTargetsAreRefusedBesideTheFieldAndNothingIsSaved() throws Exception {
		String html = mvc.perform(post("/admin/targets").with(csrf()).with(DemoUsers.as(accounts, Role.ADMIN))
			.param("year", "2023").param("targets[PPKUKM_P1]", "100").param("targets[PPKUKM_P2]", "banyak")
			.param("targets[DINSOS_P1]", "-4").param("targets[KPKP_P7]", "99999999"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.getElementById("t-PPKUKM_P2-error").text()).isEqualTo("Isi bilangan bulat antara 0 dan 10.000.000.");
		assertThat(page.getElementById("t-DINSOS_P1-error")).isNotNull();
		assertThat(page.getElementById("t-KPKP_P7-error")).isNotNull();
		assertThat(page.getElementById("t-PPKUKM_P2").val()).isEqualTo("banyak");
		assertThat(jdbc.queryForObject("select count(*) from dashboard_target where year = 2023", Long.class)).isZero();

		String badYear = mvc.perform(post("/admin/targets").with(csrf()).with(DemoUsers.as(accounts, Role.ADMIN))
			.param("year", "1999").param("targets[PPKUKM_P1]", "100"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(badYear).getElementById("year-error").text()).startsWith("Pilih tahun");
		String notANumber = mvc.perform(post("/admin/targets").with(csrf()).with(DemoUsers.as(accounts, Role.ADMIN))
			.param("year", "dua ribu"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(notANumber).getElementById("year-error").text()).isEqualTo("Tahun harus berupa angka.");
		assertThat(jdbc.queryForObject("select count(*) from dashboard_target where year = 1999", Long.class)).isZero();
	}

}
