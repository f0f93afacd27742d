package id.jakpreneur.portal.eorder.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A purchase order from a buyer organisation to one business, from the quote request to a settled sale (decisions
 * 120-122). Every step goes through one method that checks the state and the side ({@link OrderStatus#allows}) and
 * refuses anything else with {@link EOrderRefusedException}; every step is written to the history. Lines, prices and
 * total are set only while asking and quoting, so they cannot change after the confirmation (the database refuses it
 * too). Settled when received and paid, in either order, exactly once ({@link #settledAt}).
 */
@Entity
@Table(name = "purchase_order")
public class PurchaseOrder {

	/** The most products one order may hold. */
	public static final int MAX_LINES = 20;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long buyerOrganisationId;

	private long askedBy;

	private long participantId;

	private String sellerName;

	@Enumerated(EnumType.STRING)
	private OrderStatus status;

	private LocalDate deliveryDate;

	private String deliveryPlace;

	private String buyerNote;

	private String contactName;

	private String contactPhone;

	private LocalDate canDeliverBy;

	private String sellerNote;

	private Long total;

	private String reason;

	@Enumerated(EnumType.STRING)
	private Side cancelledBy;

	private Instant requestedAt;

	private Instant quotedAt;

	private Instant orderedAt;

	private Instant confirmedAt;

	private Instant deliveredAt;

	private Instant receivedAt;

	private Instant closedAt;

	private LocalDate paidOn;

	private String paymentReference;

	private Instant paymentRecordedAt;

	private Instant settledAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
	@OrderBy("position")
	private List<OrderLine> lines = new ArrayList<>();

	@OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST)
	private List<OrderStep> history = new ArrayList<>();

	protected PurchaseOrder() {
	}

	/**
	 * A buyer's request for a quote from one business: at least one product, each at most once and at least its
	 * minimum order, delivered on a day after {@code today}.
	 */
	public static PurchaseOrder ask(BuyerScope buyer, long participantId, String sellerName, List<LineDraft> drafts,
			LocalDate deliveryDate,
			String deliveryPlace, String buyerNote, LocalDate today, Instant now) {
		if (drafts.isEmpty() || drafts.size() > MAX_LINES) {
			throw new EOrderRefusedException("eorder.refused.lines");
		}
		if (drafts.stream().map(LineDraft::productId).distinct().count() != drafts.size()) {
			throw new EOrderRefusedException("eorder.refused.lines");
		}
		if (deliveryDate == null || !deliveryDate.isAfter(today)) {
			throw new EOrderRefusedException("eorder.refused.deliveryDate");
		}
		PurchaseOrder order = new PurchaseOrder();
		order.buyerOrganisationId = buyer.organisationId();
		order.askedBy = buyer.buyerId();
		order.participantId = participantId;
		order.sellerName = sellerName;
		order.status = OrderStatus.REQUESTED;
		order.deliveryDate = deliveryDate;
		order.deliveryPlace = deliveryPlace.strip();
		order.buyerNote = blankToNull(buyerNote);
		order.contactName = buyer.fullName();
		order.contactPhone = buyer.phone();
		order.requestedAt = now;
		for (LineDraft draft : drafts) {
			order.lines.add(new OrderLine(order, order.lines.size() + 1, draft));
		}
		order.record(OrderStep.Kind.REQUESTED, buyer.accountId(), Side.BUYER, now, order.buyerNote);
		return order;
	}

	/**
	 * The seller's answer: a unit price for every line (by its position), the day she can deliver by (not before today),
	 * and an optional note. The total is the sum of the exact line totals.
	 */
	public void quote(java.util.Map<Integer, Long> unitPrices, LocalDate canDeliverBy, String note, long actorId,
			LocalDate today, Instant now) {
		require(OrderStatus.QUOTED, Side.SELLER);
		if (!unitPrices.keySet().equals(new HashSet<>(lines.stream().map(OrderLine::getPosition).toList()))
				|| unitPrices.values().stream().anyMatch(java.util.Objects::isNull)) {
			throw new EOrderRefusedException("eorder.refused.prices");
		}
		if (canDeliverBy == null || canDeliverBy.isBefore(today)) {
			throw new EOrderRefusedException("eorder.refused.canDeliverBy");
		}
		long sum = 0;
		for (OrderLine line : lines) {
			line.price(unitPrices.get(line.getPosition()));
			sum = Math.addExact(sum, line.getLineTotal());
		}
		this.total = sum;
		this.canDeliverBy = canDeliverBy;
		this.sellerNote = blankToNull(note);
		this.quotedAt = now;
		move(OrderStatus.QUOTED, OrderStep.Kind.QUOTED, actorId, Side.SELLER, now, sellerNote);
	}

	public void decline(String why, long actorId, Instant now) {
		require(OrderStatus.DECLINED, Side.SELLER);
		this.reason = reasonOf(why);
		this.closedAt = now;
		move(OrderStatus.DECLINED, OrderStep.Kind.DECLINED, actorId, Side.SELLER, now, reason);
	}

	/** The buyer accepts the quote as it stands. */
	public void order(long actorId, Instant now) {
		require(OrderStatus.ORDERED, Side.BUYER);
		this.orderedAt = now;
		move(OrderStatus.ORDERED, OrderStep.Kind.ORDERED, actorId, Side.BUYER, now, null);
	}

	public void confirm(long actorId, Instant now) {
		require(OrderStatus.CONFIRMED, Side.SELLER);
		this.confirmedAt = now;
		move(OrderStatus.CONFIRMED, OrderStep.Kind.CONFIRMED, actorId, Side.SELLER, now, null);
	}

	public void deliver(long actorId, Instant now) {
		require(OrderStatus.DELIVERED, Side.SELLER);
		this.deliveredAt = now;
		move(OrderStatus.DELIVERED, OrderStep.Kind.DELIVERED, actorId, Side.SELLER, now, null);
	}

	/** The buyer confirms receipt; returns true when this settles the order (it was paid already). */
	public boolean receive(long actorId, Instant now) {
		require(OrderStatus.RECEIVED, Side.BUYER);
		this.receivedAt = now;
		move(OrderStatus.RECEIVED, OrderStep.Kind.RECEIVED, actorId, Side.BUYER, now, null);
		return settle(now);
	}

	/**
	 * The buyer records the payment (once, after the confirmation, not dated in the future nor before the order);
	 * returns true when this settles the order (its receipt was confirmed already).
	 */
	public boolean recordPayment(LocalDate paidOn, String reference, long actorId, LocalDate today, LocalDate orderedOn,
			Instant now) {
		if (!status.isConfirmed() || this.paidOn != null) {
			throw new EOrderRefusedException("eorder.refused.payment", "payment of a " + status + " order");
		}
		if (paidOn == null || paidOn.isAfter(today) || paidOn.isBefore(orderedOn)) {
			throw new EOrderRefusedException("eorder.refused.paidOn");
		}
		if (reference == null || reference.isBlank()) {
			throw new EOrderRefusedException("eorder.refused.reference");
		}
		this.paidOn = paidOn;
		this.paymentReference = reference.strip();
		this.paymentRecordedAt = now;
		record(OrderStep.Kind.PAID, actorId, Side.BUYER, now, paymentReference);
		return settle(now);
	}

	/** Either side cancels, with a reason, while the order is not delivered and not paid. */
	public void cancel(Side side, String why, long actorId, Instant now) {
		require(OrderStatus.CANCELLED, side);
		if (paidOn != null) {
			throw new EOrderRefusedException("eorder.refused.paidCancel");
		}
		this.reason = reasonOf(why);
		this.cancelledBy = side;
		this.closedAt = now;
		move(OrderStatus.CANCELLED, OrderStep.Kind.CANCELLED, actorId, side, now, reason);
	}

	/** The erasure of the seller: her words replaced; a request not yet ordered cancelled by the portal. */
	void eraseSellerText(String erased, Instant now) {
		sellerName = erased;
		if (sellerNote != null) {
			sellerNote = erased;
		}
		if (reason != null && (status == OrderStatus.DECLINED || cancelledBy == Side.SELLER)) {
			reason = erased;
		}
		if (status == OrderStatus.REQUESTED || status == OrderStatus.QUOTED) {
			this.reason = erased;
			this.cancelledBy = Side.SELLER;
			this.closedAt = now;
			move(OrderStatus.CANCELLED, OrderStep.Kind.CANCELLED, null, Side.SYSTEM, now, erased);
		}
	}

	private boolean settle(Instant now) {
		if (status == OrderStatus.RECEIVED && paidOn != null && settledAt == null) {
			settledAt = now;
			return true;
		}
		return false;
	}

	private void require(OrderStatus target, Side side) {
		if (!status.allows(target, side)) {
			throw new EOrderRefusedException("eorder.refused.step", status + " -> " + target + " by " + side);
		}
	}

	private void move(OrderStatus target, OrderStep.Kind step, Long actorId, Side side, Instant now, String note) {
		this.status = target;
		record(step, actorId, side, now, note);
	}

	private void record(OrderStep.Kind step, Long actorId, Side side, Instant now, String note) {
		history.add(new OrderStep(this, step, actorId, side, now, note));
	}

	private static String reasonOf(String why) {
		if (why == null || why.isBlank()) {
			throw new EOrderRefusedException("eorder.reason.required");
		}
		return why.strip();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	public Long getId() {
		return id;
	}

	public long getBuyerOrganisationId() {
		return buyerOrganisationId;
	}

	public long getAskedBy() {
		return askedBy;
	}

	public String getSellerName() {
		return sellerName;
	}

	public long getParticipantId() {
		return participantId;
	}

	public OrderStatus getStatus() {
		return status;
	}

	public Long getTotal() {
		return total;
	}

	public LocalDate getCanDeliverBy() {
		return canDeliverBy;
	}

	public String getReason() {
		return reason;
	}

	public Instant getOrderedAt() {
		return orderedAt;
	}

	public Instant getReceivedAt() {
		return receivedAt;
	}

	public LocalDate getPaidOn() {
		return paidOn;
	}

	public List<OrderLine> getLines() {
		return lines;
	}

}
