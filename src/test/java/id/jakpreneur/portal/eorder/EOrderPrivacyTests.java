package id.jakpreneur.portal.eorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import id.jakpreneur.portal.entrepreneur.ErasureHold;
import id.jakpreneur.portal.entrepreneur.PersonalDataHolder;
import id.jakpreneur.portal.entrepreneur.RefusalReason;
import id.jakpreneur.portal.eorder.EOrderFixtures.Buyer;
import id.jakpreneur.portal.eorder.EOrderFixtures.Seller;
import id.jakpreneur.portal.eorder.domain.PurchaseOrders;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.QueryCounter;
import id.jakpreneur.portal.support.SentNotices;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What e-Order does with an entrepreneur's data (docs/privacy.md): her export lists her orders; an order ordered and
 * not settled holds her erasure; the erasure replaces her words, cancels her quote requests not yet ordered (the
 * buyer is told) and keeps the sale figures. And the order lists cost the same statements for one row or a page.
 */
@PortalWebTest
class EOrderPrivacyTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	List<PersonalDataHolder> holders;

	@Autowired
	List<ErasureHold> holds;

	@Autowired
	PurchaseOrders orders;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	MockMvc mvc;

	@Test
	void anOpenOrderHoldsTheErasureWhichThenReplacesHerWordsAndKeepsTheFigures() {
		EOrderFixtures fixtures = new EOrderFixtures(context);
		Seller seller = fixtures.seller("Hapus Batik");
		Buyer buyer = fixtures.buyer("Dinas Hapus");
		long requested = fixtures.ask(buyer, seller, 5);
		long settled = fixtures.confirmed(buyer, seller, 10, 20_000);
		jdbc.update("update purchase_order set seller_note = 'Hubungi Bu Sari di 0812' where id = ?", settled);
		orders.deliver(seller.participantId(), seller.user().accountId(), settled);
		assertThat(hold(seller.participantId())).contains(RefusalReason.LEGAL_OBLIGATION);
		orders.receive(buyer.scope(), settled);
		assertThat(hold(seller.participantId())).contains(RefusalReason.LEGAL_OBLIGATION);
		orders.recordPayment(buyer.scope(), settled, LocalDate.now(), "SP2D-77");
		assertThat(hold(seller.participantId())).isEmpty();

		@SuppressWarnings("unchecked")
		List<Map<String, Object>> export = (List<Map<String, Object>>) eorder().export(seller.participantId());
		assertThat(export).extracting(row -> row.get("id")).containsExactly(requested, settled);
		assertThat(export.get(1)).containsEntry("organisation", buyer.organisation()).containsEntry("total", 200_000L)
			.containsEntry("seller_note", "Hubungi Bu Sari di 0812");

		int changed = transaction.execute(status -> eorder().erase(seller.participantId()));
		assertThat(changed).isGreaterThanOrEqualTo(2);
		assertThat(jdbc.queryForList("select status || '|' || seller_name || '|' || coalesce(seller_note, '-') "
				+ "|| '|' || coalesce(reason, '-') from purchase_order where participant_id = ? order by id", String.class,
				seller.participantId())).containsExactly("CANCELLED|[data dihapus]|-|[data dihapus]",
						"RECEIVED|[data dihapus]|[data dihapus]|-");
		assertThat(jdbc.queryForObject("select amount from eorder_sale where order_id = ?", Long.class, settled))
			.isEqualTo(200_000L);
		assertThat(jdbc.queryForObject("select actor_side from purchase_order_event where order_id = ? "
				+ "order by id desc limit 1", String.class, requested)).isEqualTo("SYSTEM");
		assertThat(new SentNotices(jdbc).bell(buyer.user().accountId(), "ORDER_CANCELLED")).singleElement()
			.satisfies(n -> assertThat(n.link()).isEqualTo("/buyer/orders/" + requested));
	}

	@Test
	void orderListsCostTheSameStatementsForOneRowOrAPage() throws Exception {
		EOrderFixtures fixtures = new EOrderFixtures(context);
		Seller seller = fixtures.seller("Hitung Batik");
		Buyer buyer = fixtures.buyer("Dinas Hitung");
		fixtures.ask(buyer, seller, 5);
		long buyerOne = statements(buyer.user(), "/buyer/orders");
		long sellerOne = statements(seller.user(), "/me/orders");
		for (int i = 0; i < 21; i++) {
			fixtures.ask(buyer, seller, 5 + i);
		}
		assertThat(statements(buyer.user(), "/buyer/orders")).isEqualTo(buyerOne).isLessThanOrEqualTo(6);
		assertThat(statements(seller.user(), "/me/orders")).isEqualTo(sellerOne).isLessThanOrEqualTo(8);
	}

	private long statements(id.jakpreneur.portal.account.PortalUser who, String path) throws Exception {
		QueryCounter.reset();
		mvc.perform(get(path).with(user(who))).andExpect(status().isOk());
		return QueryCounter.count();
	}

	private java.util.Optional<RefusalReason> hold(long participantId) {
		return holds.stream().map(h -> h.holds(participantId)).flatMap(java.util.Optional::stream).findFirst();
	}

	private PersonalDataHolder eorder() {
		return holders.stream().filter(h -> h.name().equals("eorder")).findFirst().orElseThrow();
	}

}
