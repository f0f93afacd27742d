package id.jakpreneur.portal.catalogue.query;

import java.util.List;

import id.jakpreneur.portal.entrepreneur.Sector;

/** A published product as the Katalog lists it; {@code marks} from verified, unexpired licences only. */
public record ListingCard(long productId, String name, Sector sector, String unit, long priceFrom, long priceTo,
		int minimumOrder, String districtCode, String publicName, List<Mark> marks) {

	/** The product page's canonical path, {@code /katalog/produk/12-keripik-tempe-pedas}. */
	public String path() {
		return Slugs.productPath(productId, name);
	}

}
