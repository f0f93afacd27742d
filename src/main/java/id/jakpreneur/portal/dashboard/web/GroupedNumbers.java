package id.jakpreneur.portal.dashboard.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Numbers with thousands separators in the reader's language, exactly as {@code String.format(locale, "%,d")} and
 * {@code "%,.1f"} write them, without {@link java.util.Formatter}: the province dashboard writes about 1,200 numbers a
 * page, and the Formatter's parsing of its pattern for each was a sixth of the page's CPU (decision 116). Negative
 * numbers and languages with other digits or grouping go through the Formatter as before.
 */
final class GroupedNumbers {

	/** A language's separators, and whether the short way writes it (Latin digits, groups of three). */
	private record Symbols(char grouping, char decimal, boolean plain) {
	}

	private static final Map<Locale, Symbols> SYMBOLS = new ConcurrentHashMap<>();

	private GroupedNumbers() {
	}

	/** {@code String.format(locale, "%,d", value)}. */
	static String integer(long value, Locale locale) {
		Symbols symbols = symbols(locale);
		if (!symbols.plain() || value < 0) {
			return String.format(locale, "%,d", value);
		}
		StringBuilder out = new StringBuilder(20);
		appendGrouped(out, value, symbols.grouping());
		return out.toString();
	}

	/**
	 * {@code String.format(locale, "%,.Nf", value)} of a decimal already rounded to {@code scale} places (N =
	 * {@code scale}).
	 */
	static String decimal(BigDecimal rounded, int scale, Locale locale) {
		Symbols symbols = symbols(locale);
		if (!symbols.plain() || rounded.signum() < 0 || rounded.scale() != scale || rounded.precision() > 18) {
			return String.format(locale, "%,." + scale + "f", rounded);
		}
		long unscaled = rounded.unscaledValue().longValue();
		long unit = scale == 1 ? 10 : scale == 2 ? 100 : (long) Math.pow(10, scale);
		StringBuilder out = new StringBuilder(24);
		appendGrouped(out, unscaled / unit, symbols.grouping());
		out.append(symbols.decimal());
		String fraction = Long.toString(unscaled % unit);
		out.append("0".repeat(scale - fraction.length())).append(fraction);
		return out.toString();
	}

	private static void appendGrouped(StringBuilder out, long value, char separator) {
		String digits = Long.toString(value);
		int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
		out.append(digits, 0, first);
		for (int i = first; i < digits.length(); i += 3) {
			out.append(separator).append(digits, i, i + 3);
		}
	}

	private static Symbols symbols(Locale locale) {
		return SYMBOLS.computeIfAbsent(locale, l -> {
			DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(l);
			boolean plain = symbols.getZeroDigit() == '0' && NumberFormat.getIntegerInstance(l) instanceof DecimalFormat format
					&& format.getGroupingSize() == 3;
			return new Symbols(symbols.getGroupingSeparator(), symbols.getDecimalSeparator(), plain);
		});
	}

}
