package id.jakpreneur.portal.eorder.query;

/** A product published in the catalogue ({@code catalogue_listing}), as a buyer sees it when asking for a quote. */
public record ListedProduct(long productId, long participantId, String name, String businessName, String sector,
		String unit, Long priceFrom, Long priceTo, int minimumOrder) {
}
