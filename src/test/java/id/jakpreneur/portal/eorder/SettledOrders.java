package id.jakpreneur.portal.eorder;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Settled e-Orders for the tests of what they count for (P5, monthly figures, timeline, dashboards): an order written
 * as the e-Order flow leaves it when the buyer confirmed receipt and recorded the payment, and {@link OrderSettled}
 * published in the same transaction, as the flow publishes it.
 */
public final class SettledOrders {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	public SettledOrders(JdbcTemplate jdbc, TransactionTemplate transactions, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.events = events;
	}

	/** A buying organisation (AGENCY, BUMD or SCHOOL) with one purchasing officer; its id. */
	public long organisation(String kind, String name) {
		long admin = jdbc.queryForObject("select id from account where email = 'admin@demo.local'", Long.class);
		long id = jdbc.queryForObject("""
				insert into buyer_organisation (kind, name, created_by, created_at) values (?, ?, ?, now()) returning id
				""", Long.class, kind, name, admin);
		jdbc.update("insert into buyer (organisation_id, full_name, email, created_at) values (?, ?, ?, now())", id,
				"Pejabat Pengadaan", "pengadaan-" + UUID.randomUUID() + "@test.local");
		return id;
	}

	/** An order of {@code amount} received on {@code receivedAt} and paid on {@code paidOn}, settled now; its id. */
	public long settle(long participantId, long organisationId, long amount, Instant receivedAt, LocalDate paidOn) {
		return transactions.execute(status -> {
			long id = write(participantId, organisationId, amount, receivedAt, paidOn);
			events.publishEvent(event(id));
			return id;
		});
	}

	/** The event the flow published when the order settled (to deliver it again). */
	public OrderSettled event(long orderId) {
		return jdbc.queryForObject("""
				select o.id, o.participant_id, o.total, o.received_at, o.paid_on, b.name
				from purchase_order o join buyer_organisation b on b.id = o.buyer_organisation_id where o.id = ?
				""", (rs, n) -> new OrderSettled(rs.getLong("id"), rs.getLong("participant_id"), rs.getLong("total"),
				rs.getTimestamp("received_at").toInstant(), rs.getObject("paid_on", LocalDate.class),
				rs.getString("name")), orderId);
	}

	/**
	 * Writes the settled order only (no event), in the caller's transaction or its own: quoted with one line whose
	 * total is the order's (the table checks the sum at commit), then moved on to received and paid.
	 */
	public long write(long participantId, long organisationId, long amount, Instant receivedAt, LocalDate paidOn) {
		return transactions.execute(status -> {
			long buyer = jdbc.queryForObject("select min(id) from buyer where organisation_id = ?", Long.class,
					organisationId);
			Timestamp before = Timestamp.from(receivedAt.minusSeconds(86_400));
			long id = jdbc.queryForObject("""
					insert into purchase_order (buyer_organisation_id, asked_by, participant_id, seller_name, status,
					    delivery_date, delivery_place, contact_name, can_deliver_by, total, requested_at, quoted_at)
					values (?, ?, ?, (select business_name from participant where id = ?), 'QUOTED', ?,
					    'Jl. Medan Merdeka Selatan 8-9', 'Pejabat Pengadaan', ?, ?, ?, ?)
					returning id
					""", Long.class, organisationId, buyer, participantId, participantId, paidOn, paidOn, amount, before,
					before);
			long quantity = Math.max(1, (amount + 999_999_999) / 1_000_000_000);
			while (amount % quantity != 0) {
				quantity++;
			}
			jdbc.update("""
					insert into purchase_order_line (order_id, position, product_id, product_name, unit, minimum_order,
					    quantity, unit_price, line_total)
					values (?, 1, 1, 'Kue kering', 'toples', 1, ?, ?, ?)
					""", id, quantity, amount / quantity, amount);
			jdbc.update("""
					update purchase_order set status = 'RECEIVED', ordered_at = ?, confirmed_at = ?, delivered_at = ?,
					    received_at = ?, paid_on = ?, payment_reference = ?, payment_recorded_at = now(),
					    settled_at = now()
					where id = ?
					""", before, before, before, Timestamp.from(receivedAt), paidOn,
					"SP2D-" + UUID.randomUUID().toString().substring(0, 8), id);
			return id;
		});
	}

}
