package id.jakpreneur.portal.capital;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.capital.domain.CapitalReadiness;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.TestParticipants;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * /me/capital with several open applications (one upload field per card, each with its own id and label) and the
 * profit check, which counts only a verified monthly report (issue 18).
 */
@PortalWebTest
class CapitalPageTests {

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

	private TestParticipants.Registered me;

	private PortalUser login;

	@BeforeEach
	void setUp() {
		TestParticipants people = new TestParticipants(registration, records, accounts);
		me = people.registerValidated("Pemohon Dua Bank", "31.71.01.1001", Sector.KULINER);
		login = people.user(me.email());
	}

	@Test
	void severalOpenApplicationsHaveOneUploadFieldEachWithItsOwnIdsAndLabels() throws Exception {
		List<Long> offers = jdbc.queryForList("select id from partner_offer where kind = 'CAPITAL' order by id limit 2",
				Long.class);
		if (offers.size() < 2) {
			jdbc.update("""
					insert into partner_offer (partner_id, kind, title, description)
					select partner_id, 'CAPITAL', 'Kredit Usaha Kedua', 'Pinjaman modal kerja untuk usaha mikro'
					from partner_offer where id = ?""", offers.get(0));
			offers = jdbc.queryForList("select id from partner_offer where kind = 'CAPITAL' order by id limit 2",
					Long.class);
		}
		for (long offer : offers) {
			mvc.perform(post("/me/capital").with(user(login)).with(csrf()).param("offerId", Long.toString(offer))
				.param("amount", "5.000.000").param("purpose", "Membeli oven kedua agar produksi naik"))
				.andExpect(status().is3xxRedirection());
		}
		String html = mvc.perform(get("/me/capital").with(user(login))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		Document page = Jsoup.parse(html);
		List<String> ids = page.select("[id]").eachAttr("id");
		assertThat(ids).as("ids on /me/capital").doesNotHaveDuplicates();
		List<Element> inputs = page.select("input[type=file]");
		assertThat(inputs).hasSize(2);
		for (Element input : inputs) {
			assertThat(input.attr("name")).isEqualTo("file");
			assertThat(page.select("label[for=" + input.id() + "]")).as("label of %s", input.id()).hasSize(1);
			assertThat(page.getElementById(input.attr("aria-describedby"))).isNotNull();
		}
	}

	@Test
	void theProfitCheckCountsOnlyAVerifiedReport() throws Exception {
		YearMonth thisMonth = YearMonth.now(ZoneId.of("Asia/Jakarta"));
		report(thisMonth.minusMonths(2), 2_000_000, 3_000_000, true);
		long unverified = report(thisMonth.minusMonths(1), 9_000_000, 1_000_000, false);
		assertThat(profitMet()).as("a loss verified, a profit only submitted").isFalse();

		jdbc.update("update financial_report set status = 'VERIFIED', verified_by = ?, verified_at = now() where id = ?",
				login.accountId(), unverified);
		assertThat(profitMet()).as("the profit verified").isTrue();
	}

	private long report(YearMonth month, long sales, long costs, boolean verified) {
		return jdbc.queryForObject("""
				insert into financial_report (participant_id, report_month, sales, costs, employees, share_offline,
				    share_marketplace, share_social_media, share_reseller, filed_by, status, verified_by, verified_at)
				values (?, ?, ?, ?, 1, 100, 0, 0, 0, ?, ?, ?, case when ? then now() end) returning id
				""", Long.class, me.id(), LocalDate.from(month.atDay(1)), sales, costs, login.accountId(),
				verified ? "VERIFIED" : "SUBMITTED", verified ? login.accountId() : null, verified);
	}

	private boolean profitMet() throws Exception {
		MvcResult result = mvc.perform(get("/me/capital").with(user(login))).andExpect(status().isOk()).andReturn();
		CapitalReadiness readiness = (CapitalReadiness) result.getModelAndView().getModel().get("readiness");
		return readiness.checks().stream().filter(c -> c.name().equals("profit")).findFirst().orElseThrow().met();
	}

}
