package id.jakpreneur.portal.catalogue.query;

import java.text.Normalizer;
import java.util.Locale;

/** Readable, stable product paths: the id, then the name in lower-case ASCII words joined by hyphens. */
public final class Slugs {

	private static final int MAX_LENGTH = 60;

	private Slugs() {
	}

	public static String productPath(long productId, String name) {
		return "/katalog/produk/" + productId + slugSuffix(name);
	}

	/** "-keripik-tempe" for "Keripik Tempé!", or "" when the name has no letter or digit left. */
	static String slugSuffix(String name) {
		String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-+|-+$)", "");
		if (ascii.length() > MAX_LENGTH) {
			ascii = ascii.substring(0, MAX_LENGTH).replaceAll("-+$", "");
		}
		return ascii.isEmpty() ? "" : "-" + ascii;
	}

}
