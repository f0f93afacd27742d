package id.jakpreneur.portal.eorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.eorder.domain.PurchaseOrders;
import id.jakpreneur.portal.outlet.query.CallQueries;
import id.jakpreneur.portal.outlet.query.MonthlyOutletSales;
import id.jakpreneur.portal.shared.NoticeDates;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.TestParticipants;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A settled e-Order counts in the programme (decision 123): the participant's first one completes P5, once, with the
 * buyer's confirmation as evidence; each one is a sale of the month it was received (Jakarta time) beside her outlet
 * sales, marked e-Order; each one is an entry of her timeline naming the buyer; and all of it is written in the
 * transaction that settled the order, or not at all. Through the e-Order flow itself, the sale waits for both the
 * buyer's confirmation of receipt and the payment, whichever comes last.
 */
@PortalWebTest
class EOrderCountsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Registration registration;

	@Autowired
	ParticipantRecords records;

	@Autowired
	CallQueries outletSales;

	@Autowired
	ApplicationContext context;

	@Autowired
	PurchaseOrders flow;

	TestParticipants people;

	SettledOrders orders;

	String tag;

	@BeforeEach
	void setUp() {
		people = new TestParticipants(registration, records, accounts);
		orders = new SettledOrders(jdbc, transactions, events);
		tag = UUID.randomUUID().toString().substring(0, 6);
	}

	@Test
	void theFirstSettledOrderCompletesP5OnceWithTheBuyersConfirmationAsEvidence() throws Exception {
		TestParticipants.Registered seller = people.registerValidated("Siti Penjual", "31.71.01.1001", Sector.KULINER);
		long agency = orders.organisation("AGENCY", "Dinas Pendidikan " + tag);
		long school = orders.organisation("SCHOOL", "SMA Negeri 1 " + tag);
		assertThat(p5Completions(seller.id())).isEmpty();

		long first = orders.settle(seller.id(), agency, 1_250_000, Instant.parse("2026-03-10T03:00:00Z"),
				LocalDate.of(2026, 3, 12));
		orders.settle(seller.id(), school, 4_000_000, Instant.parse("2026-04-02T03:00:00Z"), LocalDate.of(2026, 4, 3));
		transactions.executeWithoutResult(status -> events.publishEvent(orders.event(first))); // delivered again

		assertThat(jdbc.queryForList("select order_id from eorder_p5_completion where participant_id = ?", Long.class,
				seller.id())).containsExactly(first);
		assertThat(p5Completions(seller.id()))
			.containsExactly("evidence.P5.eOrder|Dinas Pendidikan " + tag + "|1.250.000|10-03-2026");
		assertThat(jdbc.queryForObject(
				"select step_status[5] from participant_standing where participant_id = ?", String.class, seller.id()))
			.isEqualTo("COMPLETED");
		Document home = page("/me", seller);
		assertThat(home.text()).contains("Penjualan pertama lewat e-Order: Dinas Pendidikan " + tag
				+ " mengonfirmasi penerimaan pada 10-03-2026 dan pembayaran Rp 1.250.000 tercatat");
	}

	@Test
	void aSettledOrderIsASaleOfTheMonthItWasReceivedInJakartaMarkedEOrder() throws Exception {
		TestParticipants.Registered seller = people.registerValidated("Rina Penjual", "31.74.01.1001", Sector.FESYEN);
		long bumd = orders.organisation("BUMD", "PT Transportasi Jakarta " + tag);
		// 18:30 UTC on 31 January is 01:30 on 1 February in Jakarta: a February sale
		orders.settle(seller.id(), bumd, 2_500_000, Instant.parse("2026-01-31T18:30:00Z"), LocalDate.of(2026, 2, 5));
		orders.settle(seller.id(), bumd, 1_000_001, Instant.parse("2026-02-27T02:00:00Z"), LocalDate.of(2026, 3, 1));
		orders.settle(seller.id(), bumd, 700_000, Instant.parse("2026-01-31T16:59:00Z"), LocalDate.of(2026, 2, 2));

		assertThat(outletSales.monthlySales(seller.id())).containsExactly(
				new MonthlyOutletSales(YearMonth.of(2026, 2), MonthlyOutletSales.Source.EORDER, null, 3_500_001),
				new MonthlyOutletSales(YearMonth.of(2026, 1), MonthlyOutletSales.Source.EORDER, null, 700_000));
		List<List<String>> rows = page("/me/outlets", seller).select("section[aria-labelledby=sales-title] tbody tr")
			.stream()
			.map(tr -> tr.select("td").eachText())
			.toList();
		assertThat(rows).containsExactly(List.of("Februari 2026", "e-Order", "Tidak ada", "Rp 3.500.001"),
				List.of("Januari 2026", "e-Order", "Tidak ada", "Rp 700.000"));
	}

	@Test
	void eachSettledOrderIsATimelineEntryNamingTheBuyer() throws Exception {
		TestParticipants.Registered seller = people.registerValidated("Dewi Penjual", "31.71.01.1002", Sector.KRIYA);
		long agency = orders.organisation("AGENCY", "Dinas Pariwisata " + tag);
		orders.settle(seller.id(), agency, 12_345_678, Instant.parse("2026-05-04T05:00:00Z"), LocalDate.of(2026, 5, 8));

		assertThat(jdbc.queryForList("select array_to_string(args, '|') from participant_timeline "
				+ "where participant_id = ? and kind = 'EORDER_SALE'", String.class, seller.id()))
			.containsExactly("Dinas Pariwisata " + tag + "|12.345.678|08-05-2026");
		assertThat(page("/me/timeline", seller).text())
			.contains("Pesanan e-Order dari Dinas Pariwisata " + tag + " diterima dan dibayar: Rp 12.345.678 (dibayar 08-05-2026)")
			.contains("Langkah Pemasaran selesai: Penjualan pertama lewat e-Order: Dinas Pariwisata " + tag);
	}

	@Test
	void throughTheFlowP5WaitsForBothReceiptAndPaymentInEitherOrderAndCountsOnce() {
		EOrderFixtures fixtures = new EOrderFixtures(context);
		EOrderFixtures.Seller seller = fixtures.seller("Lina " + tag);
		EOrderFixtures.Buyer buyer = fixtures.buyer("Dinas Sosial");
		long first = fixtures.confirmed(buyer, seller, 10, 25_000);
		flow.deliver(seller.participantId(), seller.user().accountId(), first);
		flow.receive(buyer.scope(), first);
		assertThat(p5Completions(seller.participantId())).as("received, not yet paid").isEmpty();
		flow.recordPayment(buyer.scope(), first, EOrderFixtures.today(), "SP2D-1-" + tag);
		assertThat(p5Completions(seller.participantId())).containsExactly("evidence.P5.eOrder|" + buyer.organisation()
				+ "|250.000|" + NoticeDates.day(EOrderFixtures.today()));

		long second = fixtures.confirmed(buyer, seller, 6, 30_000);
		flow.recordPayment(buyer.scope(), second, EOrderFixtures.today(), "SP2D-2-" + tag);
		flow.deliver(seller.participantId(), seller.user().accountId(), second);
		assertThat(timelineSales(seller.participantId())).hasSize(1);
		flow.receive(buyer.scope(), second);

		assertThat(p5Completions(seller.participantId())).hasSize(1);
		assertThat(timelineSales(seller.participantId())).hasSize(2);
		assertThat(outletSales.monthlySales(seller.participantId())).containsExactly(new MonthlyOutletSales(
				YearMonth.from(EOrderFixtures.today()), MonthlyOutletSales.Source.EORDER, null, 430_000));
	}

	@Test
	void nothingCountsWhenTheSettlingTransactionFails() {
		TestParticipants.Registered seller = people.registerValidated("Ayu Penjual", "31.71.01.1003", Sector.KULINER);
		long agency = orders.organisation("AGENCY", "Dinas Kesehatan " + tag);
		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
			long id = orders.write(seller.id(), agency, 900_000, Instant.parse("2026-06-01T03:00:00Z"),
					LocalDate.of(2026, 6, 2));
			events.publishEvent(orders.event(id));
			throw new IllegalStateException("the notice could not be queued");
		})).hasMessage("the notice could not be queued");

		assertThat(jdbc.queryForObject("select count(*) from eorder_p5_completion where participant_id = ?",
				Long.class, seller.id())).isZero();
		assertThat(p5Completions(seller.id())).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from participant_timeline where participant_id = ? "
				+ "and kind in ('EORDER_SALE', 'STEP_COMPLETED')", Long.class, seller.id())).isZero();
		assertThat(outletSales.monthlySales(seller.id())).isEmpty();
	}

	private List<String> timelineSales(long participantId) {
		return jdbc.queryForList("select array_to_string(args, '|') from participant_timeline where participant_id = ? "
				+ "and kind = 'EORDER_SALE'", String.class, participantId);
	}

	private List<String> p5Completions(long participantId) {
		return jdbc.queryForList("select evidence from participant_step_completion where participant_id = ? "
				+ "and step = 'P5' and withdrawn_at is null order by id", String.class, participantId);
	}

	private Document page(String url, TestParticipants.Registered who) throws Exception {
		return Jsoup.parse(mvc.perform(get(url).locale(Locale.forLanguageTag("id")).with(user(people.user(who.email()))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
