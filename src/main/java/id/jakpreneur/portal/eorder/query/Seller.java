package id.jakpreneur.portal.eorder.query;

/** The business an order is asked from: its participant and her login (for notices). */
public record Seller(long participantId, Long accountId) {
}
