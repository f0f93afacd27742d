package id.jakpreneur.portal.outlet.domain;

/** What a buyer needs to know to order a product: its unit, the minimum order in units and the price range per unit. */
public record ListingTerms(String unit, int minimumOrder, long priceFrom, long priceTo) {
}
