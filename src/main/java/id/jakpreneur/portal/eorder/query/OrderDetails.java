package id.jakpreneur.portal.eorder.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import id.jakpreneur.portal.eorder.domain.OrderStatus;
import id.jakpreneur.portal.eorder.domain.Side;

/** An order's page for either party: its terms, lines, payment and history. */
public record OrderDetails(long id, OrderStatus status, String organisationName, String businessName,
		LocalDate deliveryDate, String deliveryPlace, String buyerNote, String contactName, String contactPhone,
		LocalDate canDeliverBy, String sellerNote, Long total, String reason, Side cancelledBy, Instant requestedAt,
		LocalDate paidOn, String paymentReference, boolean settled, List<Line> lines, List<Step> history) {

	public record Line(long id, int position, String productName, String unit, int minimumOrder, int quantity,
			Long unitPrice, Long lineTotal) {
	}

	/** One history entry: the step, who took it (their name; empty for the portal) and on which side, when, why. */
	public record Step(String step, String actorName, Side side, Instant at, String note) {
	}

	public boolean paid() {
		return paidOn != null;
	}

}
