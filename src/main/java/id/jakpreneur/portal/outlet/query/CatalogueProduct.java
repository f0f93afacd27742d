package id.jakpreneur.portal.outlet.query;

import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.outlet.domain.Grade;

/**
 * A curated product as partners see it in the catalogue: the product, its grade, the business's name and
 * kecamatan; no personal data.
 */
public record CatalogueProduct(long id, String name, Sector sector, long price, Grade grade, String businessName,
		String districtCode, boolean hasPhoto) {
}
