package id.jakpreneur.loadtest;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads /me/reports the way the citizen does: which month to report, and what the portal answered.
 *
 * <p>The page's form proposes last month (the newest month that has ended); its table lists the last twelve months up
 * to this one, oldest first, and a month without a report spans the row with one cell ({@code colspan="5"}). A
 * citizen reports one of the months still open there, the newest first as people do. When all eleven ended months are
 * reported (a repeated run with the same few demo accounts), she reports an earlier month since January 2020 at
 * random, which another run may have reported already: the portal's "already reported" answer is then a valid
 * outcome of the journey, so repeated runs stay green.
 */
final class ReportMonths {

	private static final Pattern MONTH_INPUT = Pattern.compile("<input[^>]*\\bid=\"month\"[^>]*>");

	private static final Pattern VALUE = Pattern.compile("\\bvalue=\"(\\d{4}-\\d{2})\"");

	private static final Pattern TABLE_BODY = Pattern.compile("<tbody>(.*?)</tbody>", Pattern.DOTALL);

	private static final Pattern ROW = Pattern.compile("<tr[ >].*?</tr>", Pattern.DOTALL);

	private static final YearMonth FIRST_MONTH = YearMonth.of(2020, 1);

	private ReportMonths() {
	}

	/** The month to report ("yyyy-MM"), read from the report page's HTML. */
	static String choose(String page) {
		Matcher input = MONTH_INPUT.matcher(page);
		if (!input.find()) {
			throw new IllegalStateException("no month field on the report page");
		}
		Matcher value = VALUE.matcher(input.group());
		if (!value.find()) {
			throw new IllegalStateException("the month field proposes no month");
		}
		YearMonth lastMonth = YearMonth.parse(value.group(1));
		List<YearMonth> open = openMonths(page, lastMonth.plusMonths(1));
		if (!open.isEmpty()) {
			return open.get(open.size() - 1).toString();
		}
		YearMonth oldestShown = lastMonth.minusMonths(10);
		long earlier = FIRST_MONTH.until(oldestShown, java.time.temporal.ChronoUnit.MONTHS);
		if (earlier <= 0) {
			return lastMonth.toString();
		}
		return FIRST_MONTH.plusMonths(ThreadLocalRandom.current().nextLong(earlier)).toString();
	}

	/** The ended months of the table without a report, oldest first. */
	static List<YearMonth> openMonths(String page, YearMonth thisMonth) {
		List<YearMonth> open = new ArrayList<>();
		Matcher body = TABLE_BODY.matcher(page);
		if (!body.find()) {
			return open;
		}
		List<String> rows = new ArrayList<>();
		Matcher row = ROW.matcher(body.group(1));
		while (row.find()) {
			rows.add(row.group());
		}
		for (int i = 0; i < rows.size(); i++) {
			YearMonth month = thisMonth.minusMonths(rows.size() - 1L - i);
			if (month.isBefore(thisMonth) && rows.get(i).contains("colspan=\"5\"")) {
				open.add(month);
			}
		}
		return open;
	}

	/**
	 * What the portal answered to the filed form: {@code filed} (no field refused: it redirected to the page with its
	 * success notice), {@code taken} (only the month refused: reported already), otherwise the refused fields.
	 */
	static String outcome(String page) {
		List<String> fields = Pages.invalidFields(page);
		if (fields.isEmpty()) {
			return "filed";
		}
		if (fields.equals(List.of("month"))) {
			return "taken";
		}
		return "refused " + fields;
	}

}
