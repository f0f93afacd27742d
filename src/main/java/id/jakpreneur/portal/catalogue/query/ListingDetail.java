package id.jakpreneur.portal.catalogue.query;

/** A published product's page: its card, the business's description she chose to publish, and its version. */
public record ListingDetail(ListingCard card, String description, long productVersion) {
}
