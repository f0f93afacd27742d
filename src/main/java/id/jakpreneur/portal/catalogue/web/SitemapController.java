package id.jakpreneur.portal.catalogue.web;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import id.jakpreneur.portal.catalogue.domain.CatalogueSettings;
import id.jakpreneur.portal.catalogue.query.ListingQueries;
import id.jakpreneur.portal.catalogue.query.SitemapProduct;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /sitemap.xml}: the public home, the Katalog and each published product's canonical page (up to the 50,000
 * addresses one sitemap may hold), and {@code /robots.txt} pointing to it and away from the private areas.
 */
@Controller
class SitemapController {

	/** The sitemap protocol's limit is 50,000 addresses a file; two are the home and the Katalog. */
	static final int MAX_PRODUCTS = 49_000;

	static final Duration CACHE = Duration.ofHours(1);

	private final ListingQueries listings;

	private final CatalogueSettings settings;

	SitemapController(ListingQueries listings, CatalogueSettings settings) {
		this.listings = listings;
		this.settings = settings;
	}

	@GetMapping(path = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
	ResponseEntity<String> sitemap() {
		StringBuilder xml = new StringBuilder(256 * 1024)
			.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		url(xml, "/", null);
		url(xml, "/katalog", null);
		for (SitemapProduct product : listings.sitemap(0, MAX_PRODUCTS)) {
			url(xml, product.path(),
					DateTimeFormatter.ISO_LOCAL_DATE.format(product.publishedSince().atOffset(ZoneOffset.UTC)));
		}
		xml.append("</urlset>\n");
		return ResponseEntity.ok().cacheControl(CacheControl.maxAge(CACHE).cachePublic()).body(xml.toString());
	}

	@GetMapping(path = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> robots() {
		String text = """
				User-agent: *
				Disallow: /me
				Disallow: /mentor
				Disallow: /officer
				Disallow: /admin
				Disallow: /partner
				Disallow: /account
				Disallow: /notifications
				Disallow: /katalog/produk/*/tanya
				Allow: /

				Sitemap: %s/sitemap.xml
				""".formatted(settings.portalUrl());
		return ResponseEntity.ok().cacheControl(CacheControl.maxAge(CACHE).cachePublic()).body(text);
	}

	private void url(StringBuilder xml, String path, String lastModified) {
		xml.append("  <url><loc>").append(escape(settings.portalUrl() + path)).append("</loc>");
		if (lastModified != null) {
			xml.append("<lastmod>").append(lastModified).append("</lastmod>");
		}
		xml.append("</url>\n");
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
