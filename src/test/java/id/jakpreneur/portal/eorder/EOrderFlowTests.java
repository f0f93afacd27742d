package id.jakpreneur.portal.eorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.eorder.EOrderFixtures.Buyer;
import id.jakpreneur.portal.eorder.EOrderFixtures.Seller;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.SentNotices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * e-Order end to end through the pages (decisions 120-122): a buyer asks, the entrepreneur quotes, the buyer orders,
 * she confirms and delivers, the buyer records the payment and confirms receipt; every step a notice to the other
 * party and a history entry on both pages; {@link OrderSettled} once; the published view {@code eorder_sale}. And the
 * scoping: another organisation's buyer and another entrepreneur get 404.
 */
@PortalWebTest
@RecordApplicationEvents
class EOrderFlowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents events;

	EOrderFixtures fixtures;

	SentNotices notices;

	@BeforeEach
	void fixtures() {
		fixtures = new EOrderFixtures(context);
		notices = new SentNotices(jdbc);
	}

	@Test
	void anOrderGoesFromQuoteToSettledSaleThroughBothPartiesPages() throws Exception {
		Seller seller = fixtures.seller("Alur Batik");
		Buyer buyer = fixtures.buyer("Dinas Alur");
		PortalUser b = buyer.user();
		PortalUser s = seller.user();

		assertThat(mvc.perform(get("/buyer/orders/find").param("q", seller.productName()).with(user(b)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.contains(seller.productName(), seller.publicName(), "/buyer/orders/new?business=" + seller.participantId());
		assertThat(page(b, "/buyer/orders/new?business=" + seller.participantId())).contains(seller.productName());

		MvcResult asked = mvc.perform(post("/buyer/orders").param("business", "" + seller.participantId())
			.param("quantities[" + seller.productId() + "]", "12")
			.param("deliveryDate", LocalDate.now().plusDays(10).toString())
			.param("deliveryPlace", "Gedung Dinas Lt. 3")
			.param("note", "Untuk acara pameran")
			.with(user(b)).with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
		long id = Long.parseLong(asked.getResponse().getRedirectedUrl().replace("/buyer/orders/", ""));
		assertThat(notices.bell(s.accountId(), "ORDER_QUOTE_REQUESTED")).singleElement()
			.satisfies(n -> assertThat(n.link()).isEqualTo("/me/orders/" + id))
			.satisfies(n -> assertThat(n.args()).containsExactly(buyer.organisation(), "#" + id));

		step(s, "/me/orders/" + id + "/quote", "prices[1]", "25.000", "canDeliverBy",
				LocalDate.now().plusDays(7).toString(), "note", "Warna bisa dipilih");
		assertThat(notices.bell(b.accountId(), "ORDER_QUOTED")).singleElement()
			.satisfies(n -> assertThat(n.link()).isEqualTo("/buyer/orders/" + id))
			.satisfies(n -> assertThat(n.args()).startsWith(seller.publicName(), "#" + id, "300.000"));
		step(b, "/buyer/orders/" + id + "/order");
		assertThat(notices.count(s.accountId(), "ORDER_PLACED")).isPositive();
		step(s, "/me/orders/" + id + "/confirm");
		assertThat(notices.count(b.accountId(), "ORDER_CONFIRMED")).isPositive();
		step(s, "/me/orders/" + id + "/deliver");
		assertThat(notices.count(b.accountId(), "ORDER_DELIVERED")).isPositive();
		step(b, "/buyer/orders/" + id + "/payment", "paidOn", LocalDate.now().toString(), "reference", "SP2D-0042");
		assertThat(notices.bell(s.accountId(), "ORDER_PAID")).singleElement()
			.satisfies(n -> assertThat(n.args()).endsWith("SP2D-0042"));
		assertThat(events.stream(OrderSettled.class).filter(e -> e.orderId() == id)).isEmpty();
		step(b, "/buyer/orders/" + id + "/receive");
		assertThat(notices.count(s.accountId(), "ORDER_RECEIVED")).isPositive();

		assertThat(events.stream(OrderSettled.class).filter(e -> e.orderId() == id)).singleElement()
			.satisfies(e -> {
				assertThat(e.participantId()).isEqualTo(seller.participantId());
				assertThat(e.amount()).isEqualTo(300_000);
				assertThat(e.paidOn()).isEqualTo(LocalDate.now());
				assertThat(e.organisationName()).isEqualTo(buyer.organisation());
				assertThat(e.receivedAt()).isNotNull();
			});
		assertThat(jdbc.queryForMap("select participant_id, amount, organisation_kind, organisation_name, "
				+ "payment_reference from eorder_sale where order_id = ?", id))
			.containsEntry("participant_id", seller.participantId())
			.containsEntry("amount", 300_000L)
			.containsEntry("organisation_kind", "AGENCY")
			.containsEntry("organisation_name", buyer.organisation())
			.containsEntry("payment_reference", "SP2D-0042");

		mvc.perform(post("/buyer/orders/" + id + "/receive").with(user(b)).with(csrf()))
			.andExpect(flash().attribute("flashError", "eorder.refused.step"));
		mvc.perform(post("/buyer/orders/" + id + "/payment").param("paidOn", LocalDate.now().toString())
			.param("reference", "SP2D-0043").with(user(b)).with(csrf()))
			.andExpect(flash().attribute("flashError", "eorder.refused.payment"));
		assertThat(events.stream(OrderSettled.class).filter(e -> e.orderId() == id)).hasSize(1);

		for (String html : List.of(page(b, "/buyer/orders/" + id), page(s, "/me/orders/" + id))) {
			assertThat(html).contains("Rp 300.000", "Rp 25.000", "SP2D-0042", "Gedung Dinas Lt. 3", "Untuk acara pameran",
					"Warna bisa dipilih", "Permintaan penawaran dikirim", "Penawaran dijawab", "Pesanan dikonfirmasi",
					"Ditandai sudah dikirim", "Pembayaran dicatat", "Penerimaan dikonfirmasi", "Rina Pengadaan (pembeli)");
		}
		assertThat(page(b, "/buyer/orders")).contains("#" + id, seller.publicName());
		assertThat(page(s, "/me/orders")).contains("#" + id, buyer.organisation());
	}

	@Test
	void anotherOrganisationsBuyerAndAnotherEntrepreneurGet404() throws Exception {
		Seller seller = fixtures.seller("Lingkup Batik");
		Buyer buyer = fixtures.buyer("Dinas Lingkup");
		long id = fixtures.ask(buyer, seller, 6);
		PortalUser otherBuyer = fixtures.buyer("Dinas Lain").user();
		PortalUser otherSeller = fixtures.seller("Lingkup Lain").user();

		for (String path : List.of("/buyer/orders/" + id)) {
			mvc.perform(get(path).with(user(otherBuyer))).andExpect(status().isNotFound());
			mvc.perform(get(path).with(user(buyer.user()))).andExpect(status().isOk());
		}
		for (String action : List.of("order", "receive", "cancel", "payment")) {
			mvc.perform(post("/buyer/orders/" + id + "/" + action).param("reason", "Bukan milik saya")
				.param("paidOn", LocalDate.now().toString()).param("reference", "X")
				.with(user(otherBuyer)).with(csrf())).andExpect(status().isNotFound());
		}
		mvc.perform(get("/me/orders/" + id).with(user(otherSeller))).andExpect(status().isNotFound());
		mvc.perform(get("/me/orders/" + id).with(user(seller.user()))).andExpect(status().isOk());
		for (String action : List.of("quote", "decline", "confirm", "deliver", "cancel")) {
			mvc.perform(post("/me/orders/" + id + "/" + action).param("reason", "Bukan milik saya")
				.param("prices[1]", "1000").param("canDeliverBy", LocalDate.now().toString())
				.with(user(otherSeller)).with(csrf())).andExpect(status().isNotFound());
		}
		assertThat(page(otherBuyer, "/buyer/orders")).doesNotContain("#" + id + "<");
		assertThat(page(otherSeller, "/me/orders")).doesNotContain("#" + id + "<");
		assertThat(jdbc.queryForObject("select status from purchase_order where id = ?", String.class, id))
			.isEqualTo("REQUESTED");
	}

	@Test
	void aConfirmedOrdersLinesPricesAndTotalCannotChangeEvenBySql() {
		Seller seller = fixtures.seller("Beku Batik");
		Buyer buyer = fixtures.buyer("Dinas Beku");
		long quoted = fixtures.ask(buyer, seller, 10);
		long confirmed = fixtures.confirmed(buyer, seller, 10, 21_000);
		assertThat(jdbc.queryForObject("select total from purchase_order where id = ?", Long.class, confirmed))
			.isEqualTo(210_000L);

		assertThatThrownBy(() -> jdbc.update(
				"update purchase_order_line set unit_price = 1, line_total = quantity where order_id = ?", confirmed))
			.hasMessageContaining("purchase_order_frozen_ck");
		assertThatThrownBy(() -> jdbc.update("update purchase_order_line set quantity = 11, line_total = 11 * unit_price "
				+ "where order_id = ?", confirmed)).hasMessageContaining("purchase_order_frozen_ck");
		assertThatThrownBy(() -> jdbc.update("update purchase_order set total = 1 where id = ?", confirmed))
			.hasMessageContaining("purchase_order_frozen_ck");
		assertThatThrownBy(() -> jdbc.update("""
				insert into purchase_order_line (order_id, position, product_id, product_name, unit, minimum_order,
				                                 quantity, unit_price, line_total)
				values (?, 2, 1, 'Tambahan', 'kotak', 1, 1, 1, 1)""", confirmed))
			.hasMessageContaining("purchase_order_frozen_ck");
		assertThatThrownBy(() -> jdbc.update("delete from purchase_order_line where order_id = ?", confirmed))
			.hasMessageContaining("purchase_order_frozen_ck");

		// before the confirmation the table still checks the arithmetic
		assertThatThrownBy(() -> jdbc.update("update purchase_order_line set unit_price = 1, line_total = 1 "
				+ "where order_id = ?", quoted)).hasMessageContaining("purchase_order_line_total_ck");
		long ordered = fixtures.ordered(buyer, seller, 10, 21_000);
		assertThatThrownBy(() -> jdbc.update("update purchase_order set total = total + 1 where id = ?", ordered))
			.hasMessageContaining("purchase_order_total_ck");
		assertThat(jdbc.queryForObject("select total from purchase_order where id = ?", Long.class, ordered))
			.isEqualTo(210_000L);
		jdbc.update("update purchase_order set seller_note = 'catatan' where id = ?", confirmed);
	}

	@Test
	void eitherSideCancelsWithAReasonAndTheOtherIsTold() throws Exception {
		Seller seller = fixtures.seller("Batal Batik");
		Buyer buyer = fixtures.buyer("Dinas Batal");
		long byBuyer = fixtures.ordered(buyer, seller, 5, 20_000);
		assertThat(submit(buyer.user(), "/buyer/orders/" + byBuyer + "/cancel", "reason", " ").getResponse()
			.getContentAsString()).contains("invalid-feedback", "Wajib diisi.");
		step(buyer.user(), "/buyer/orders/" + byBuyer + "/cancel", "reason", "Anggaran dialihkan");
		assertThat(notices.bell(seller.user().accountId(), "ORDER_CANCELLED")).singleElement()
			.satisfies(n -> assertThat(n.args()).containsExactly(buyer.organisation(), "#" + byBuyer,
					"Anggaran dialihkan"));

		long bySeller = fixtures.confirmed(buyer, seller, 5, 20_000);
		step(seller.user(), "/me/orders/" + bySeller + "/cancel", "reason", "Bahan baku habis");
		assertThat(notices.bell(buyer.user().accountId(), "ORDER_CANCELLED")).singleElement()
			.satisfies(n -> assertThat(n.args()).containsExactly(seller.publicName(), "#" + bySeller,
					"Bahan baku habis"));

		long declined = fixtures.ask(buyer, seller, 5);
		step(seller.user(), "/me/orders/" + declined + "/decline", "reason", "Tidak sanggup sebanyak itu");
		assertThat(notices.count(buyer.user().accountId(), "ORDER_DECLINED")).isPositive();
		assertThat(jdbc.queryForList("select status || ':' || coalesce(cancelled_by, '-') || ':' || reason "
				+ "from purchase_order where id in (?, ?, ?) order by id", String.class, byBuyer, bySeller, declined))
			.containsExactly("CANCELLED:BUYER:Anggaran dialihkan", "CANCELLED:SELLER:Bahan baku habis",
					"DECLINED:-:Tidak sanggup sebanyak itu");
		assertThat(page(seller.user(), "/me/orders/" + bySeller)).contains("Bahan baku habis", "Dibatalkan");

		long delivered = fixtures.confirmed(buyer, seller, 5, 20_000);
		step(seller.user(), "/me/orders/" + delivered + "/deliver");
		mvc.perform(post("/buyer/orders/" + delivered + "/cancel").param("reason", "Terlambat datang")
			.with(user(buyer.user())).with(csrf())).andExpect(flash().attribute("flashError", "eorder.refused.step"));
	}

	@Test
	void aQuoteRequestIsCheckedBesideEachFieldInBothLanguagesAndNothingIsStored() throws Exception {
		Seller seller = fixtures.seller("Cek Batik");
		Buyer buyer = fixtures.buyer("Dinas Cek");
		String quantity = "quantities[" + seller.productId() + "]";
		for (String language : List.of("id", "en")) {
			String html = submit(buyer.user(), "/buyer/orders?business=" + seller.participantId(), quantity, "2",
					"deliveryDate", LocalDate.now().toString(), "deliveryPlace", "", "lang", language)
				.getResponse().getContentAsString();
			if (language.equals("id")) {
				assertThat(html).contains("quantity-" + seller.productId() + "-error", "Minimal pesanan 5.",
						"Tanggal kirim harus setelah hari ini.", "Wajib diisi.");
			}
			else {
				assertThat(html).contains("quantity-" + seller.productId() + "-error", "The minimum order is 5.",
						"The delivery date must be after today.", "Required.");
			}
		}
		assertThat(submit(buyer.user(), "/buyer/orders?business=" + seller.participantId(), quantity, "lima",
				"deliveryDate", LocalDate.now().plusDays(3).toString(), "deliveryPlace", "Kantor").getResponse()
			.getContentAsString()).contains("Tulis jumlah bilangan bulat");
		assertThat(submit(buyer.user(), "/buyer/orders?business=" + seller.participantId(), "deliveryDate",
				LocalDate.now().plusDays(3).toString(), "deliveryPlace", "Kantor").getResponse().getContentAsString())
			.contains("Isi jumlah untuk paling sedikit satu produk.");
		assertThat(jdbc.queryForObject("select count(*) from purchase_order where buyer_organisation_id = ?",
				Long.class, buyer.scope().organisationId())).isZero();

		long id = fixtures.ask(buyer, seller, 5);
		assertThat(submit(seller.user(), "/me/orders/" + id + "/quote", "prices[1]", "dua puluh ribu", "canDeliverBy",
				LocalDate.now().minusDays(1).toString()).getResponse().getContentAsString())
			.contains("price-1-error", "Tulis harga dalam rupiah utuh", "Tanggal tidak boleh sebelum hari ini.");
		assertThat(jdbc.queryForObject("select status from purchase_order where id = ?", String.class, id))
			.isEqualTo("REQUESTED");
	}

	@Test
	void aCancellationAndADeliveryAtTheSameMomentHappenOneAfterTheOther() throws Exception {
		Seller seller = fixtures.seller("Serentak Batik");
		Buyer buyer = fixtures.buyer("Dinas Serentak");
		id.jakpreneur.portal.eorder.domain.PurchaseOrders orders = context
			.getBean(id.jakpreneur.portal.eorder.domain.PurchaseOrders.class);
		for (int round = 0; round < 3; round++) {
			long id = fixtures.confirmed(buyer, seller, 5, 20_000);
			java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
			java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
			try {
				List<java.util.concurrent.Future<Boolean>> results = List.of(pool.submit(() -> {
					start.await();
					return tried(() -> orders.deliver(seller.participantId(), seller.user().accountId(), id));
				}), pool.submit(() -> {
					start.await();
					return tried(() -> orders.cancelAsBuyer(buyer.scope(), id, "Salah hitung anggaran"));
				}));
				start.countDown();
				long won = 0;
				for (java.util.concurrent.Future<Boolean> result : results) {
					won += result.get() ? 1 : 0;
				}
				assertThat(won).as("exactly one of the two steps is taken").isEqualTo(1);
			}
			finally {
				pool.shutdownNow();
			}
			String state = jdbc.queryForObject("select status from purchase_order where id = ?", String.class, id);
			assertThat(state).isIn("DELIVERED", "CANCELLED");
			assertThat(jdbc.queryForObject("select count(*) from purchase_order_event where order_id = ? "
					+ "and step in ('DELIVERED', 'CANCELLED')", Long.class, id)).isEqualTo(1);
		}
	}

	private static boolean tried(Runnable step) {
		try {
			step.run();
			return true;
		}
		catch (id.jakpreneur.portal.eorder.domain.EOrderRefusedException ex) {
			return false;
		}
		catch (org.springframework.dao.PessimisticLockingFailureException ex) {
			// waited longer than the web's lock timeout for the other step's row lock: not taken either
			return false;
		}
	}

	private String page(PortalUser who, String path) throws Exception {
		return mvc.perform(get(path).with(user(who))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	/** A POST that the page answers itself (a form with errors). */
	private MvcResult submit(PortalUser who, String path, String... params) throws Exception {
		return mvc.perform(request(who, path, params)).andExpect(status().isOk()).andReturn();
	}

	/** A step that succeeds: back to the order's page with the success message. */
	private void step(PortalUser who, String path, String... params) throws Exception {
		mvc.perform(request(who, path, params))
			.andExpect(redirectedUrl(path.substring(0, path.lastIndexOf('/'))))
			.andExpect(flash().attributeExists("flashSuccess"));
	}

	private static MockHttpServletRequestBuilder request(PortalUser who, String path, String... params) {
		MockHttpServletRequestBuilder request = post(path).with(user(who)).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return request;
	}

}
