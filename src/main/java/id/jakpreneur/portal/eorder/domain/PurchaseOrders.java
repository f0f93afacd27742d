package id.jakpreneur.portal.eorder.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.jakpreneur.portal.eorder.OrderSettled;
import id.jakpreneur.portal.eorder.query.ListedProduct;
import id.jakpreneur.portal.eorder.query.OrderQueries;
import id.jakpreneur.portal.eorder.query.Seller;
import id.jakpreneur.portal.notification.NoticeKind;
import id.jakpreneur.portal.shared.Jakarta;
import id.jakpreneur.portal.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of an order, one per step, for the buyer (scoped to their organisation) and the seller (scoped to
 * her participant record). Each loads the order under a row lock, scoped to the asker (another's order is a 404),
 * lets the aggregate take the step, and tells the other party. The step that makes an order both received and paid
 * publishes {@link OrderSettled}, once.
 */
@Service
@Transactional
public class PurchaseOrders {

	private final PurchaseOrderRepository orders;

	private final BuyerOrganisationRepository organisations;

	private final OrderQueries queries;

	private final OrderNotices notices;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PurchaseOrders(PurchaseOrderRepository orders, BuyerOrganisationRepository organisations, OrderQueries queries,
			OrderNotices notices, ApplicationEventPublisher events, Clock clock) {
		this.orders = orders;
		this.organisations = organisations;
		this.queries = queries;
		this.notices = notices;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A quote request to one business for some of its published products (product id to quantity, in the order
	 * given). Products it does not publish now are refused.
	 */
	public long ask(BuyerScope buyer, long participantId, Map<Long, Integer> quantities, LocalDate deliveryDate,
			String deliveryPlace, String note) {
		Seller seller = queries.seller(participantId).orElseThrow(NotFoundException::new);
		if (quantities.isEmpty()) {
			throw new EOrderRefusedException("eorder.refused.lines");
		}
		Map<Long, ListedProduct> listed = new LinkedHashMap<>();
		queries.listed(participantId, quantities.keySet()).forEach(p -> listed.put(p.productId(), p));
		if (!listed.keySet().containsAll(quantities.keySet())) {
			throw new EOrderRefusedException("eorder.refused.notListed");
		}
		List<LineDraft> lines = quantities.entrySet().stream().map(e -> {
			ListedProduct p = listed.get(e.getKey());
			return new LineDraft(p.productId(), p.name(), p.unit(), p.minimumOrder(), e.getValue());
		}).toList();
		String sellerName = listed.values().iterator().next().businessName();
		PurchaseOrder order = orders.saveAndFlush(PurchaseOrder.ask(buyer, participantId, sellerName, lines, deliveryDate,
				deliveryPlace, note, today(), clock.instant()));
		notices.toSeller(seller.accountId(), NoticeKind.ORDER_QUOTE_REQUESTED, order, buyer.organisationName());
		return order.getId();
	}

	// the seller's steps

	public void quote(long participantId, long accountId, long orderId, Map<Integer, Long> unitPrices,
			LocalDate canDeliverBy, String note) {
		PurchaseOrder order = sellers(orderId, participantId);
		order.quote(unitPrices, canDeliverBy, note, accountId, today(), clock.instant());
		notices.toBuyer(NoticeKind.ORDER_QUOTED, order, order.getSellerName(), OrderNotices.amount(order.getTotal()),
				OrderNotices.date(order.getCanDeliverBy()));
	}

	public void decline(long participantId, long accountId, long orderId, String reason) {
		PurchaseOrder order = sellers(orderId, participantId);
		order.decline(reason, accountId, clock.instant());
		notices.toBuyer(NoticeKind.ORDER_DECLINED, order, order.getSellerName(), order.getReason());
	}

	public void confirm(long participantId, long accountId, long orderId) {
		PurchaseOrder order = sellers(orderId, participantId);
		order.confirm(accountId, clock.instant());
		notices.toBuyer(NoticeKind.ORDER_CONFIRMED, order, order.getSellerName());
	}

	public void deliver(long participantId, long accountId, long orderId) {
		PurchaseOrder order = sellers(orderId, participantId);
		order.deliver(accountId, clock.instant());
		notices.toBuyer(NoticeKind.ORDER_DELIVERED, order, order.getSellerName());
	}

	public void cancelAsSeller(long participantId, long accountId, long orderId, String reason) {
		PurchaseOrder order = sellers(orderId, participantId);
		order.cancel(Side.SELLER, reason, accountId, clock.instant());
		notices.toBuyer(NoticeKind.ORDER_CANCELLED, order, order.getSellerName(), order.getReason());
	}

	// the buyer's steps

	public void order(BuyerScope buyer, long orderId) {
		PurchaseOrder order = buyers(orderId, buyer);
		order.order(buyer.accountId(), clock.instant());
		toSeller(order, NoticeKind.ORDER_PLACED, buyer, OrderNotices.amount(order.getTotal()));
	}

	public void receive(BuyerScope buyer, long orderId) {
		PurchaseOrder order = buyers(orderId, buyer);
		boolean settled = order.receive(buyer.accountId(), clock.instant());
		toSeller(order, NoticeKind.ORDER_RECEIVED, buyer);
		settledIf(settled, order);
	}

	public void recordPayment(BuyerScope buyer, long orderId, LocalDate paidOn, String reference) {
		PurchaseOrder order = buyers(orderId, buyer);
		LocalDate orderedOn = order.getOrderedAt() == null ? today() : order.getOrderedAt().atZone(Jakarta.ZONE).toLocalDate();
		boolean settled = order.recordPayment(paidOn, reference, buyer.accountId(), today(), orderedOn, clock.instant());
		toSeller(order, NoticeKind.ORDER_PAID, buyer, OrderNotices.date(paidOn), reference.strip());
		settledIf(settled, order);
	}

	public void cancelAsBuyer(BuyerScope buyer, long orderId, String reason) {
		PurchaseOrder order = buyers(orderId, buyer);
		order.cancel(Side.BUYER, reason, buyer.accountId(), clock.instant());
		toSeller(order, NoticeKind.ORDER_CANCELLED, buyer, order.getReason());
	}

	private void settledIf(boolean settled, PurchaseOrder order) {
		if (settled) {
			events.publishEvent(new OrderSettled(order.getId(), order.getParticipantId(), order.getTotal(),
					order.getReceivedAt(), order.getPaidOn(), organisationName(order)));
		}
	}

	private void toSeller(PurchaseOrder order, NoticeKind kind, BuyerScope buyer, String... more) {
		Long account = queries.seller(order.getParticipantId()).map(Seller::accountId).orElse(null);
		notices.toSeller(account, kind, order, buyer.organisationName(), more);
	}

	private String organisationName(PurchaseOrder order) {
		return organisations.findById(order.getBuyerOrganisationId()).orElseThrow().getName();
	}

	private PurchaseOrder sellers(long orderId, long participantId) {
		return orders.findForStep(orderId).filter(o -> o.getParticipantId() == participantId)
			.orElseThrow(NotFoundException::new);
	}

	private PurchaseOrder buyers(long orderId, BuyerScope buyer) {
		return orders.findForStep(orderId).filter(o -> o.getBuyerOrganisationId() == buyer.organisationId())
			.orElseThrow(NotFoundException::new);
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
