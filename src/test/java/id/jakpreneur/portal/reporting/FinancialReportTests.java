package id.jakpreneur.portal.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.reporting.domain.FinancialReportingCompleted;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.TestParticipants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** P6 through /me/reports and the table's own rules: one report a month, only ended months, splits of 100. */
@PortalWebTest
@RecordApplicationEvents
class FinancialReportTests {

	private static final YearMonth THIS_MONTH = YearMonth.now(ZoneId.of("Asia/Jakarta"));

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

	private TestParticipants people;

	private TestParticipants.Registered me;

	private PortalUser login;

	@BeforeEach
	void setUp() {
		people = new TestParticipants(registration, records, accounts);
		me = people.register("Pelapor Rajin", "31.71.01.1001", Sector.KULINER, 9_000_000);
		login = people.user(me.email());
	}

	@Test
	void refusesFutureMonthsBadMoneyAndSplitsThatDoNotAddUpAndSavesNothing() throws Exception {
		file(report(THIS_MONTH.plusMonths(1)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "month", "programme.report.month.future"))
			.andExpect(content().string(containsString("Bulan ini belum dimulai")));
		file(report(THIS_MONTH.minusMonths(1), "sales", "-5000", "costs", "satu juta"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "sales", "validation.notNegative"))
			.andExpect(model().attributeHasFieldErrorCode("form", "costs", "validation.rupiah"));
		file(report(THIS_MONTH.minusMonths(1), "shareOffline", "50"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "shareTotal", "programme.report.shares.sum"))
			.andExpect(content().string(containsString("Jumlah persentase harus tepat 100.")));
		file(report(THIS_MONTH.minusMonths(1), "shareReseller", "101", "employees", "-1"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "shareReseller", "Max"))
			.andExpect(model().attributeHasFieldErrorCode("form", "employees", "Min"));
		file(report(YearMonth.of(2019, 12)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "month", "programme.report.month.tooEarly"));
		file(post("/me/reports").param("month", "bukan-bulan"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "month", "typeMismatch"));
		assertThat(reports()).isZero();
	}

	@Test
	void theCurrentMonthIsRefusedUntilItEndsAndAMonthIsReportedOnce() throws Exception {
		file(report(THIS_MONTH))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "month", "programme.report.month.notEnded"))
			.andExpect(content().string(containsString("Bulan ini belum berakhir")));
		assertThat(reports()).isZero();
		file(report(THIS_MONTH.minusMonths(1))).andExpect(redirectedUrl("/me/reports"));
		file(report(THIS_MONTH.minusMonths(1)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "month", "programme.report.month.taken"));
		assertThat(reports()).isEqualTo(1);
	}

	@Test
	void threeConsecutiveVerifiedMonthsCompleteP6OnceEvenFiledOutOfOrder() throws Exception {
		file(report(THIS_MONTH.minusMonths(1))).andExpect(redirectedUrl("/me/reports"));
		file(report(THIS_MONTH.minusMonths(3))).andExpect(redirectedUrl("/me/reports"));
		file(report(THIS_MONTH.minusMonths(2))).andExpect(redirectedUrl("/me/reports"));
		assertThat(completions()).as("nothing verified yet").isZero();
		PortalUser officer = people.user("officer@demo.local");
		for (long id : jdbc.queryForList("select id from financial_report where participant_id = ? order by report_month",
				Long.class, me.id())) {
			mvc.perform(post("/officer/entrepreneurs/" + me.id() + "/reports/" + id + "/verify").with(user(officer))
				.with(csrf())).andExpect(redirectedUrl("/officer/entrepreneurs/" + me.id() + "/reports"));
		}

		assertThat(events.stream(FinancialReportingCompleted.class).filter(e -> e.participantId() == me.id()))
			.singleElement()
			.satisfies(e -> assertThat(e.consecutiveMonths()).isEqualTo(3));
		assertThat(completions()).isEqualTo(1);
		mvc.perform(get("/me/reports").with(user(login)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Langkah P6 Pelaporan keuangan selesai")))
			.andExpect(content().string(containsString("/dist/chart.umd-"))) // content-hashed URL (decision 114)
			.andExpect(content().string(containsString("data-chart=\"{&quot;labels&quot;:[")))
			.andExpect(content().string(containsString("12.500.000")));
	}

	@Test
	void theTableItselfRefusesASecondReportForAMonthAndASplitThatIsNotHundred() {
		long participant = me.id();
		String insert = """
				insert into financial_report (participant_id, report_month, sales, costs, employees, share_offline,
				  share_marketplace, share_social_media, share_reseller, filed_by)
				values (?, ?, 1000, 500, 1, ?, 0, 0, 0, (select account_id from participant where id = ?))
				""";
		jdbc.update(insert, participant, THIS_MONTH.minusMonths(5).atDay(1), 100, participant);
		assertThatThrownBy(() -> jdbc.update(insert, participant, THIS_MONTH.minusMonths(5).atDay(1), 100, participant))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("financial_report_month_uq");
		assertThatThrownBy(() -> jdbc.update(insert, participant, THIS_MONTH.minusMonths(6).atDay(1), 90, participant))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("financial_report_shares_ck");
		assertThatThrownBy(() -> jdbc.update(insert, participant, THIS_MONTH.minusMonths(6).atDay(2), 100, participant))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> jdbc.update(insert, participant, THIS_MONTH.atDay(1), 100, participant))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("financial_report_month_ended_ck");
	}

	/** A valid report for the month, with some fields replaced: name, value, name, value... */
	private MockHttpServletRequestBuilder report(YearMonth month, String... replaced) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("month", month.toString());
		fields.put("sales", "12.500.000");
		fields.put("costs", "8000000");
		fields.put("employees", "2");
		fields.put("shareOffline", "60");
		fields.put("shareMarketplace", "30");
		fields.put("shareSocialMedia", "10");
		fields.put("shareReseller", "0");
		for (int i = 0; i < replaced.length; i += 2) {
			fields.put(replaced[i], replaced[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/me/reports");
		fields.forEach(request::param);
		return request;
	}

	private ResultActions file(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(user(login)).with(csrf()));
	}

	private int reports() {
		return jdbc.queryForObject("select count(*) from financial_report where participant_id = ?", Integer.class,
				me.id());
	}

	private int completions() {
		return jdbc.queryForObject("select count(*) from financial_reporting_completion where participant_id = ?",
				Integer.class, me.id());
	}

}
