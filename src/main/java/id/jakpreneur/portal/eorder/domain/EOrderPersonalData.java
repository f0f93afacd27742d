package id.jakpreneur.portal.eorder.domain;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.jakpreneur.portal.entrepreneur.ErasureHold;
import id.jakpreneur.portal.entrepreneur.PersonalDataHolder;
import id.jakpreneur.portal.entrepreneur.RefusalReason;
import id.jakpreneur.portal.notification.NoticeKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What e-Order holds about an entrepreneur who sells: her orders (a public body's procurement records) with the words
 * she wrote in them. The export gives her every order with its figures and notes. Erasure replaces her words (her
 * quote notes, her reasons, her notes in the history) and cancels the quote requests not yet ordered (the buyer is
 * told); orders, lines and amounts stay, pseudonymous once she is anonymised, so the dashboards' e-Order figures do
 * not change. An order ordered and not yet settled or cancelled holds the erasure: the buyer's procurement must be
 * able to finish (LEGAL_OBLIGATION).
 */
@Component
class EOrderPersonalData implements PersonalDataHolder, ErasureHold {

	private final JdbcClient jdbc;

	private final PurchaseOrderRepository orders;

	private final OrderNotices notices;

	private final Clock clock;

	EOrderPersonalData(JdbcClient jdbc, PurchaseOrderRepository orders, OrderNotices notices, Clock clock) {
		this.jdbc = jdbc;
		this.orders = orders;
		this.notices = notices;
		this.clock = clock;
	}

	@Override
	public Optional<RefusalReason> holds(long participantId) {
		boolean open = jdbc.sql("""
				select exists (select 1 from purchase_order where participant_id = :participant
				  and (status in ('ORDERED', 'CONFIRMED', 'DELIVERED') or (status = 'RECEIVED' and paid_on is null)))
				""").param("participant", participantId).query(Boolean.class).single();
		return open ? Optional.of(RefusalReason.LEGAL_OBLIGATION) : Optional.empty();
	}

	@Override
	public String name() {
		return "eorder";
	}

	@Override
	public Object export(long participantId) {
		List<Map<String, Object>> rows = jdbc.sql("""
				select o.id, b.name as organisation, o.status, o.requested_at, o.delivery_date, o.delivery_place,
				       o.buyer_note, o.can_deliver_by, o.seller_note, o.total, o.reason, o.paid_on, o.payment_reference,
				       (select string_agg(l.product_name || ' x ' || l.quantity
				               || coalesce(' @ ' || l.unit_price, ''), ' | ' order by l.position)
				        from purchase_order_line l where l.order_id = o.id) as lines
				from purchase_order o join buyer_organisation b on b.id = o.buyer_organisation_id
				where o.participant_id = :participant order by o.id
				""").param("participant", participantId).query().listOfRows();
		return rows;
	}

	@Override
	public int erase(long participantId) {
		int changed = 0;
		for (PurchaseOrder order : orders.findByParticipantIdOrderById(participantId)) {
			boolean open = !order.getStatus().isFinal();
			order.eraseSellerText(ERASED_TEXT, clock.instant());
			if (open && order.getStatus() == OrderStatus.CANCELLED) {
				notices.toBuyer(NoticeKind.ORDER_CANCELLED, order, ERASED_TEXT, ERASED_TEXT);
			}
			changed++;
		}
		orders.flush();
		return changed + jdbc.sql("""
				update purchase_order_event set note = :erased
				where actor_side = 'SELLER' and note is not null
				  and order_id in (select id from purchase_order where participant_id = :participant)
				""").param("erased", ERASED_TEXT).param("participant", participantId).update();
	}

}
