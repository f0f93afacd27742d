package id.jakpreneur.portal.catalogue.query;

import java.util.List;

import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.shared.Rupiah;

/** A published product as the Katalog lists it; {@code marks} from verified, unexpired licences only. */
public record ListingCard(long productId, String name, Sector sector, String unit, long priceFrom, long priceTo,
		int minimumOrder, String districtCode, String publicName, List<Mark> marks) {

	/** The lowest price in Rupiah as the page writes it, {@code 15.000}. */
	public String priceFromText() {
		return Rupiah.format(priceFrom);
	}

	/** The highest price in Rupiah as the page writes it. */
	public String priceToText() {
		return Rupiah.format(priceTo);
	}

	/** The product page's canonical path, {@code /katalog/produk/12-keripik-tempe-pedas}. */
	public String path() {
		return Slugs.productPath(productId, name);
	}

}
