package id.jakpreneur.portal.eorder.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import id.jakpreneur.portal.eorder.domain.OrderStatus;
import id.jakpreneur.portal.eorder.domain.Side;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of e-Order: the products a business publishes (catalogue's view {@code catalogue_listing}), the
 * businesses (entrepreneur's {@code participant_directory}), each party's order list (a slice: one statement) and an
 * order's page (three statements), always scoped to the asker: a buyer's organisation or a seller's participant.
 */
@Service
@Transactional(readOnly = true)
public class OrderQueries {

	private static final int MAX_PRODUCTS = 100;

	private final JdbcClient jdbc;

	OrderQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The business behind a participant, unless her data is erased. */
	public Optional<Seller> seller(long participantId) {
		return jdbc.sql("""
				select id, account_id from participant_directory
				where id = :id and erased_at is null
				""")
			.param("id", participantId)
			.query((rs, n) -> new Seller(rs.getLong("id"), (Long) rs.getObject("account_id")))
			.optional();
	}

	/** What the business publishes now, by name (at most 100). */
	public List<ListedProduct> listed(long participantId) {
		return jdbc.sql(LISTING + " where l.participant_id = :participant order by l.name, l.product_id limit :max")
			.param("participant", participantId)
			.param("max", MAX_PRODUCTS)
			.query(this::listedProduct)
			.list();
	}

	/** The listed products of the business among these ids. */
	public List<ListedProduct> listed(long participantId, Collection<Long> productIds) {
		if (productIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(LISTING + " where l.participant_id = :participant and l.product_id in (:ids) limit :max")
			.param("participant", participantId)
			.param("ids", productIds)
			.param("max", MAX_PRODUCTS)
			.query(this::listedProduct)
			.list();
	}

	/** Published products whose name or published business name contains the words, for a buyer choosing whom to ask. */
	public Slice<ListedProduct> search(String words, Pageable page) {
		return Slices.of(jdbc.sql(LISTING + """
				 where l.name ilike :q or l.public_name ilike :q
				order by l.name, l.product_id limit :limit offset :offset
				""")
			.param("q", Slices.contains(words))
			.param("limit", page.getPageSize() + 1)
			.param("offset", page.getOffset())
			.query(this::listedProduct)
			.list(), page);
	}

	private static final String LISTING = """
			select l.product_id, l.participant_id, l.name, l.public_name, l.sector, l.unit, l.price_from, l.price_to,
			       l.minimum_order
			from catalogue_listing l
			""";

	private ListedProduct listedProduct(ResultSet rs, int n) throws SQLException {
		return new ListedProduct(rs.getLong("product_id"), rs.getLong("participant_id"), rs.getString("name"),
				rs.getString("public_name"), rs.getString("sector"), rs.getString("unit"),
				(Long) rs.getObject("price_from"), (Long) rs.getObject("price_to"), rs.getInt("minimum_order"));
	}

	/** The organisation's orders, newest first. */
	public Slice<OrderRow> ofOrganisation(long organisationId, Pageable page) {
		return Slices.of(jdbc.sql("""
				select o.id, o.status, o.seller_name as counterpart, o.total, o.delivery_date, o.requested_at,
				       o.paid_on is not null as paid
				from purchase_order o
				where o.buyer_organisation_id = :organisation
				order by o.id desc limit :limit offset :offset
				""")
			.param("organisation", organisationId)
			.param("limit", page.getPageSize() + 1)
			.param("offset", page.getOffset())
			.query(this::orderRow)
			.list(), page);
	}

	/** The business's orders, newest first. */
	public Slice<OrderRow> ofParticipant(long participantId, Pageable page) {
		return Slices.of(jdbc.sql("""
				select o.id, o.status, b.name as counterpart, o.total, o.delivery_date, o.requested_at,
				       o.paid_on is not null as paid
				from purchase_order o join buyer_organisation b on b.id = o.buyer_organisation_id
				where o.participant_id = :participant
				order by o.id desc limit :limit offset :offset
				""")
			.param("participant", participantId)
			.param("limit", page.getPageSize() + 1)
			.param("offset", page.getOffset())
			.query(this::orderRow)
			.list(), page);
	}

	private OrderRow orderRow(ResultSet rs, int n) throws SQLException {
		return new OrderRow(rs.getLong("id"), OrderStatus.valueOf(rs.getString("status")), rs.getString("counterpart"),
				(Long) rs.getObject("total"), rs.getObject("delivery_date", java.time.LocalDate.class),
				rs.getTimestamp("requested_at").toInstant(), rs.getBoolean("paid"));
	}

	/** The order of this organisation; empty for any other (a 404 for the asker). */
	public Optional<OrderDetails> forOrganisation(long orderId, long organisationId) {
		return details(orderId, "o.buyer_organisation_id = :scope", organisationId);
	}

	/** The order of this business; empty for any other (a 404 for the asker). */
	public Optional<OrderDetails> forParticipant(long orderId, long participantId) {
		return details(orderId, "o.participant_id = :scope", participantId);
	}

	private Optional<OrderDetails> details(long orderId, String scope, long scopeId) {
		List<OrderDetails.Line> lines = jdbc.sql("""
				select l.id, l.position, l.product_name, l.unit, l.minimum_order, l.quantity, l.unit_price, l.line_total
				from purchase_order_line l join purchase_order o on o.id = l.order_id
				where o.id = :id and %s order by l.position
				""".formatted(scope))
			.param("id", orderId)
			.param("scope", scopeId)
			.query((rs, n) -> new OrderDetails.Line(rs.getLong("id"), rs.getInt("position"),
					rs.getString("product_name"), rs.getString("unit"), rs.getInt("minimum_order"),
					rs.getInt("quantity"), (Long) rs.getObject("unit_price"), (Long) rs.getObject("line_total")))
			.list();
		if (lines.isEmpty()) {
			return Optional.empty();
		}
		List<OrderDetails.Step> history = jdbc.sql("""
				select e.step, a.full_name, e.actor_side, e.at, e.note
				from purchase_order_event e left join account_directory a on a.id = e.actor_id
				where e.order_id = :id order by e.id
				""")
			.param("id", orderId)
			.query((rs, n) -> new OrderDetails.Step(rs.getString("step"), rs.getString("full_name"),
					Side.valueOf(rs.getString("actor_side")), rs.getTimestamp("at").toInstant(), rs.getString("note")))
			.list();
		return jdbc.sql("""
				select o.id, o.status, b.name as organisation_name, o.seller_name, o.delivery_date, o.delivery_place,
				       o.buyer_note, o.contact_name, o.contact_phone, o.can_deliver_by, o.seller_note, o.total, o.reason,
				       o.cancelled_by, o.requested_at, o.paid_on, o.payment_reference, o.settled_at is not null as settled
				from purchase_order o
				join buyer_organisation b on b.id = o.buyer_organisation_id
				where o.id = :id
				""")
			.param("id", orderId)
			.query((rs, n) -> new OrderDetails(rs.getLong("id"), OrderStatus.valueOf(rs.getString("status")),
					rs.getString("organisation_name"), rs.getString("seller_name"),
					rs.getObject("delivery_date", java.time.LocalDate.class), rs.getString("delivery_place"),
					rs.getString("buyer_note"), rs.getString("contact_name"), rs.getString("contact_phone"),
					rs.getObject("can_deliver_by", java.time.LocalDate.class), rs.getString("seller_note"),
					(Long) rs.getObject("total"), rs.getString("reason"),
					rs.getString("cancelled_by") == null ? null : Side.valueOf(rs.getString("cancelled_by")),
					rs.getTimestamp("requested_at").toInstant(), rs.getObject("paid_on", java.time.LocalDate.class),
					rs.getString("payment_reference"), rs.getBoolean("settled"), lines, history))
			.optional();
	}

}
