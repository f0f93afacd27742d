package id.jakpreneur.portal.eorder.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a purchase order stands (decision 120). A buyer asks (REQUESTED); the seller quotes (QUOTED) or declines
 * (DECLINED, final); the buyer orders (ORDERED); the seller confirms (CONFIRMED: from here its lines, prices and
 * total are frozen, decision 121) and delivers (DELIVERED); the buyer confirms receipt (RECEIVED, final). Either side
 * cancels with a reason while it is not delivered (CANCELLED, final). Payment is recorded beside the state, by the
 * buyer, once the order is confirmed.
 */
public enum OrderStatus {

	REQUESTED, QUOTED, DECLINED, ORDERED, CONFIRMED, DELIVERED, RECEIVED, CANCELLED;

	/** The states a step may lead to from this one, whoever takes it. */
	Set<OrderStatus> next() {
		return switch (this) {
			case REQUESTED -> EnumSet.of(QUOTED, DECLINED, CANCELLED);
			case QUOTED -> EnumSet.of(ORDERED, CANCELLED);
			case ORDERED -> EnumSet.of(CONFIRMED, CANCELLED);
			case CONFIRMED -> EnumSet.of(DELIVERED, CANCELLED);
			case DELIVERED -> EnumSet.of(RECEIVED);
			case DECLINED, RECEIVED, CANCELLED -> EnumSet.noneOf(OrderStatus.class);
		};
	}

	/** Which side takes the step into this state; null for CANCELLED (either side). */
	Side takenBy() {
		return switch (this) {
			case REQUESTED, ORDERED, RECEIVED -> Side.BUYER;
			case QUOTED, DECLINED, CONFIRMED, DELIVERED -> Side.SELLER;
			case CANCELLED -> null;
		};
	}

	/** Whether the order is over: nothing can move it any more (payment aside). */
	public boolean isFinal() {
		return next().isEmpty();
	}

	/** Whether the entrepreneur has confirmed it (its terms are frozen) and it was not cancelled before delivery. */
	public boolean isConfirmed() {
		return this == CONFIRMED || this == DELIVERED || this == RECEIVED;
	}

	/** Whether this side may take the step from this state into {@code target}. */
	public boolean allows(OrderStatus target, Side side) {
		return next().contains(target) && (target.takenBy() == null || target.takenBy() == side);
	}

}
