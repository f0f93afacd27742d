package id.jakpreneur.portal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.dashboard.domain.SummaryRefresh;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.eorder.SettledOrders;
import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.TestParticipants;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * e-Order on the dashboards after a refresh (decision 124): three settled orders of two participants, in Jakarta
 * Pusat (kuliner, to an agency, March and April) and Jakarta Selatan (fesyen, to a school, April), one more participant
 * in Jakarta Pusat who sold nothing, and an order not yet paid: each table grows by exactly these, the officer of
 * Jakarta Pusat sees only her area's, a sector filter keeps only that sector's, and every export equals its table.
 */
@PortalWebTest
class DashboardEOrderTests {

	static final String PUSAT = "Kota Administrasi Jakarta Pusat";

	static final String SELATAN = "Kota Administrasi Jakarta Selatan";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	SummaryRefresh refresh;

	@Autowired
	Registration registration;

	@Autowired
	ParticipantRecords records;

	@Test
	void eOrderRevenueIsCountedByMonthAreaSectorAndBuyerWithTheShareOfParticipantsSelling() throws Exception {
		TestParticipants people = new TestParticipants(registration, records, accounts);
		SettledOrders orders = new SettledOrders(jdbc, transactions, events);
		String tag = UUID.randomUUID().toString().substring(0, 6);
		refresh.refresh();
		Document before = page("/admin/dashboard?year=2025", Role.ADMIN);
		String cohort = "/admin/dashboard?year=" + LocalDate.now().getYear(); // the three register this year
		Document cohortBefore = page(cohort, Role.ADMIN);

		long pusat = people.registerValidated("Penjual Pusat", "31.71.01.1001", Sector.KULINER).id();
		long selatan = people.registerValidated("Penjual Selatan", "31.74.01.1001", Sector.FESYEN).id();
		people.registerValidated("Belum Menjual", "31.71.01.1002", Sector.KULINER);
		long agency = orders.organisation("AGENCY", "Dinas Pendidikan " + tag);
		long school = orders.organisation("SCHOOL", "SMK Negeri 9 " + tag);
		orders.settle(pusat, agency, 7_000_000_000L, Instant.parse("2025-03-10T03:00:00Z"), LocalDate.of(2025, 3, 20));
		orders.settle(pusat, agency, 500_000_000L, Instant.parse("2025-04-30T18:00:00Z"), LocalDate.of(2025, 5, 2));
		orders.settle(selatan, school, 2_000_000_000L, Instant.parse("2025-04-15T03:00:00Z"), LocalDate.of(2025, 4, 20));
		unpaid(orders, selatan, school);
		refresh.refresh();
		Document after = page("/admin/dashboard?year=2025", Role.ADMIN);

		// 30 April 18:00 UTC is 1 May in Jakarta: a May sale
		assertThat(added(before, after, "eorder-month", "2025-03")).containsExactly(1L, 7_000_000_000L);
		assertThat(added(before, after, "eorder-month", "2025-04")).containsExactly(1L, 2_000_000_000L);
		assertThat(added(before, after, "eorder-month", "2025-05")).containsExactly(1L, 500_000_000L);
		assertThat(added(before, after, "eorder-sector", "Kuliner").subList(0, 2)).containsExactly(2L, 7_500_000_000L);
		assertThat(added(before, after, "eorder-sector", "Fesyen").subList(0, 2)).containsExactly(1L, 2_000_000_000L);
		assertThat(added(before, after, "eorder-area", PUSAT).subList(0, 2)).containsExactly(2L, 7_500_000_000L);
		assertThat(added(before, after, "eorder-area", SELATAN).subList(0, 2)).containsExactly(1L, 2_000_000_000L);
		assertThat(DashboardPages.rows(after, "eorder-buyer")).containsSubsequence(
				List.of("Dinas Pendidikan " + tag, "Perangkat daerah (SKPD/OPD)", "2", "7.500.000.000"),
				List.of("SMK Negeri 9 " + tag, "Sekolah", "1", "2.000.000.000"));
		assertThat(added(before, after, "eorder-summary", "Pendapatan e-Order (Rp)")).containsExactly(9_500_000_000L);
		assertThat(added(before, after, "eorder-summary", "Pesanan selesai dan dibayar")).containsExactly(3L);
		assertThat(added(before, after, "eorder-summary", "Organisasi pembeli")).containsExactly(2L);

		// participants selling and participants, as the funnel counts them: registered this year, two of three sold
		Document cohortAfter = page(cohort, Role.ADMIN);
		assertThat(added(cohortBefore, cohortAfter, "eorder-area", PUSAT).subList(2, 4)).containsExactly(1L, 2L);
		assertThat(added(cohortBefore, cohortAfter, "eorder-area", SELATAN).subList(2, 4)).containsExactly(1L, 1L);
		assertThat(added(cohortBefore, cohortAfter, "eorder-summary", "Peserta yang menjual lewat e-Order"))
			.containsExactly(2L);

		Document officer = page("/officer/dashboard?year=2025", Role.OFFICER);
		assertThat(DashboardPages.rows(officer, "eorder-area").stream().map(r -> r.get(0)).toList())
			.containsExactly(PUSAT);
		assertThat(DashboardPages.rows(officer, "eorder-buyer").stream().map(r -> r.get(0)).toList())
			.contains("Dinas Pendidikan " + tag)
			.doesNotContain("SMK Negeri 9 " + tag);
		Document fesyen = page("/admin/dashboard?year=2025&sector=FESYEN", Role.ADMIN);
		assertThat(DashboardPages.rows(fesyen, "eorder-buyer").stream().map(r -> r.get(0)).toList())
			.contains("SMK Negeri 9 " + tag)
			.doesNotContain("Dinas Pendidikan " + tag);

		for (String table : List.of("eorder-summary", "eorder-month", "eorder-area", "eorder-sector", "eorder-buyer")) {
			String csv = new String(mvc.perform(get("/admin/dashboard/export/" + table + ".csv?year=2025")
				.with(DemoUsers.as(accounts, Role.ADMIN))).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsByteArray(), StandardCharsets.UTF_8);
			assertThat(csv.lines().skip(1).count()).as(table).isEqualTo(DashboardPages.rows(after, table).size());
			assertThat(csv.lines().findFirst().orElseThrow()).as(table)
				.contains(DashboardPages.headers(after, table).get(0));
		}
	}

	/** An order received but not yet paid: not a sale yet. */
	private void unpaid(SettledOrders orders, long participantId, long organisationId) {
		long id = orders.write(participantId, organisationId, 999_000_000L, Instant.parse("2025-04-16T03:00:00Z"),
				LocalDate.of(2025, 4, 16));
		jdbc.update("update purchase_order set paid_on = null, payment_reference = null, payment_recorded_at = null, "
				+ "settled_at = null where id = ?", id);
	}

	private Document page(String url, Role role) throws Exception {
		return Jsoup.parse(mvc.perform(get(url).with(DemoUsers.as(accounts, role)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static List<String> row(Document page, String table, String first) {
		return DashboardPages.rows(page, table).stream().filter(r -> r.get(0).equals(first)).findFirst().orElseThrow();
	}

	/** What the row named {@code first} gained in each column of whole numbers (a missing row counts as zeros). */
	private static List<Long> added(Document before, Document after, String table, String first) {
		Map<String, List<Long>> was = numbers(before, table);
		Map<String, List<Long>> is = numbers(after, table);
		List<Long> now = is.get(first);
		List<Long> then = was.getOrDefault(first, now.stream().map(v -> 0L).toList());
		return java.util.stream.IntStream.range(0, now.size()).mapToObj(i -> now.get(i) - then.get(i)).toList();
	}

	private static Map<String, List<Long>> numbers(Document page, String table) {
		Map<String, List<Long>> rows = new HashMap<>();
		for (List<String> row : DashboardPages.rows(page, table)) {
			rows.put(row.get(0), row.stream().skip(1).filter(v -> v.matches("[0-9.]+")).map(v -> Long.parseLong(
					v.replace(".", ""))).toList());
		}
		return rows;
	}

}
