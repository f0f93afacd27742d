package id.jakpreneur.portal.catalogue.query;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Readable, stable product paths: the id, then the name in lower-case ASCII words joined by hyphens. */
public final class Slugs {

	private static final int MAX_LENGTH = 60;

	// compiled once: a Katalog page makes two dozen paths
	private static final Pattern ACCENTS = Pattern.compile("\\p{M}");

	private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

	private static final Pattern EDGE_HYPHENS = Pattern.compile("(^-+|-+$)");

	private static final Pattern TRAILING_HYPHENS = Pattern.compile("-+$");

	private Slugs() {
	}

	public static String productPath(long productId, String name) {
		return "/katalog/produk/" + productId + slugSuffix(name);
	}

	/** "-keripik-tempe" for "Keripik Tempé!", or "" when the name has no letter or digit left. */
	static String slugSuffix(String name) {
		String decomposed = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD);
		String words = ACCENTS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
		String ascii = EDGE_HYPHENS.matcher(NOT_ALPHANUMERIC.matcher(words).replaceAll("-")).replaceAll("");
		if (ascii.length() > MAX_LENGTH) {
			ascii = TRAILING_HYPHENS.matcher(ascii.substring(0, MAX_LENGTH)).replaceAll("");
		}
		return ascii.isEmpty() ? "" : "-" + ascii;
	}

}
