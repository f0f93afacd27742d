package id.jakpreneur.portal.eorder.domain;

/** One product asked for: what the published catalogue says of it, and the quantity the buyer wants. */
public record LineDraft(long productId, String productName, String unit, int minimumOrder, int quantity) {
}
