package id.jakpreneur.portal.shared;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Cells and lines of every CSV the portal writes (the citizen's data download, the dashboard exports): RFC 4180
 * quoting, and text a spreadsheet would run as a formula defused with a leading apostrophe (OWASP "CSV injection":
 * a cell starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return). A value that is
 * plainly a number or a phone number ({@code -1500}, {@code +6281234567890}, {@code +62 812-3456-7890}) is left as
 * it is: digits with a sign and separators cannot call a function or reach another cell.
 */
public final class Csv {

	private static final String FORMULA_STARTS = "=+-@\t\r";

	/** A sign, then digits with spaces, dots, commas, hyphens or brackets only. */
	private static final Pattern NUMBER_OR_PHONE = Pattern.compile("[+-]?\\d[\\d .,()-]*");

	private Csv() {
	}

	/** The value as one CSV cell: defused, then quoted when it holds a comma, a quote or a line break. */
	public static String cell(String value) {
		String text = defuse(value == null ? "" : value);
		if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

	/** One line of cells, ended by CRLF as RFC 4180 asks. */
	public static String line(List<String> cells) {
		return String.join(",", cells.stream().map(Csv::cell).toList()) + "\r\n";
	}

	/** The text with an apostrophe in front when a spreadsheet would take it for a formula. */
	static String defuse(String text) {
		if (text.isEmpty() || FORMULA_STARTS.indexOf(text.charAt(0)) < 0 || NUMBER_OR_PHONE.matcher(text).matches()) {
			return text;
		}
		return "'" + text;
	}

}
