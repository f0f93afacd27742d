package id.jakpreneur.portal.eorder;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An order became settled: the buyer confirmed its receipt and its payment is recorded, in either order. Published
 * once per order, inside the transaction of the step that completed both (contract C-order); the same order is a row
 * of the view {@code eorder_sale} from then on.
 * @param orderId the purchase order
 * @param participantId the selling business's participant
 * @param amount the order's total in whole rupiah
 * @param receivedAt when the buyer confirmed receipt
 * @param paidOn the payment day the buyer recorded
 * @param organisationName the buying organisation, as the evidence names it
 */
public record OrderSettled(long orderId, long participantId, long amount, Instant receivedAt, LocalDate paidOn,
		String organisationName) {
}
