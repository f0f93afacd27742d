package id.jakpreneur.portal.catalogue.query;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.jakpreneur.portal.entrepreneur.Sector;

/**
 * What a visitor searches for: words (each matched as the start of a word of the product's name), a sector, a
 * kecamatan code and a mark; null or empty: any.
 */
public record ListingFilter(String words, Sector sector, String districtCode, Mark mark) {

	static final int MAX_WORDS = 5;

	static final int MAX_WORD_LENGTH = 40;

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	public static final ListingFilter NONE = new ListingFilter(null, null, null, null);

	/** The words as a PostgreSQL {@code tsquery} of prefixes ("batik:* & tulis:*"), or null for no words. */
	String tsQuery() {
		if (words == null) {
			return null;
		}
		List<String> found = new java.util.ArrayList<>();
		Matcher m = WORD.matcher(words.toLowerCase(Locale.ROOT));
		while (m.find() && found.size() < MAX_WORDS) {
			String word = m.group();
			found.add((word.length() > MAX_WORD_LENGTH ? word.substring(0, MAX_WORD_LENGTH) : word) + ":*");
		}
		return found.isEmpty() ? null : String.join(" & ", found);
	}

	public boolean isEmpty() {
		return tsQuery() == null && sector == null && districtCode == null && mark == null;
	}

}
