package id.jakpreneur.portal.eorder.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One entry of an order's history: the step, the account that took it and on which side, when, and its note. */
@Entity
@Table(name = "purchase_order_event")
public class OrderStep {

	/** The steps of the history: the states, and the payment that is recorded beside them. */
	public enum Kind {

		REQUESTED, QUOTED, DECLINED, ORDERED, CONFIRMED, DELIVERED, RECEIVED, PAID, CANCELLED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "order_id")
	private PurchaseOrder order;

	@Enumerated(EnumType.STRING)
	private Kind step;

	private Long actorId;

	@Enumerated(EnumType.STRING)
	private Side actorSide;

	private Instant at;

	private String note;

	protected OrderStep() {
	}

	OrderStep(PurchaseOrder order, Kind step, Long actorId, Side actorSide, Instant at, String note) {
		this.order = order;
		this.step = step;
		this.actorId = actorId;
		this.actorSide = actorSide;
		this.at = at;
		this.note = note;
	}

}
