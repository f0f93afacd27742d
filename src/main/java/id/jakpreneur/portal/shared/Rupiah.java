package id.jakpreneur.portal.shared;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Rupiah amounts as people type them: "1.500.000", "1500000", "Rp 1.500.000" and "1.500.000,00" all mean
 * 1,500,000. Whole rupiah only; negative, fractional or absurd amounts are refused.
 */
public final class Rupiah {

	/** Far above any UMKM figure (Rp 1 quadrillion) and far below overflow. */
	public static final long MAX = 1_000_000_000_000_000L;

	private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+");

	private static final Pattern PLAIN = Pattern.compile("\\d{1,16}");

	private static final Locale INDONESIA = Locale.forLanguageTag("id-ID");

	private Rupiah() {
	}

	/** The amount, or empty when the text is not a valid non-negative whole rupiah amount. */
	public static OptionalLong parse(String text) {
		if (text == null) {
			return OptionalLong.empty();
		}
		String s = text.strip().replaceFirst("(?i)^rp\\.?\\s*", "").replace(" ", "");
		if (s.endsWith(",00") || s.endsWith(",0")) {
			s = s.substring(0, s.indexOf(','));
		}
		if (!GROUPED.matcher(s).matches() && !PLAIN.matcher(s).matches()) {
			return OptionalLong.empty();
		}
		long value = Long.parseLong(s.replace(".", ""));
		return value > MAX ? OptionalLong.empty() : OptionalLong.of(value);
	}

	/** "1.500.000", the way the amount is shown and typed back. */
	public static String format(long amount) {
		return NumberFormat.getIntegerInstance(INDONESIA).format(amount);
	}

}
