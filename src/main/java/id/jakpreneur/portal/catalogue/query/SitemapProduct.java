package id.jakpreneur.portal.catalogue.query;

import java.time.Instant;

/** A published product as the sitemap names it. */
public record SitemapProduct(long productId, String name, Instant publishedSince) {

	public String path() {
		return Slugs.productPath(productId, name);
	}

}
