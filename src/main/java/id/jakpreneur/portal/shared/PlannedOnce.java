package id.jakpreneur.portal.shared;

import java.time.LocalDate;
import java.util.Collection;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Values written into a statement instead of bound, for the counts that run on every visit of a staff home page
 * (decision 131). PostgreSQL makes a new plan on every call of a statement with bound values while it judges that the
 * values matter (custom plans); for the work trays that planning cost more than running them (1.6 ms of planning
 * against 0.3 ms of work for the outlet tray at 1,000,000 participants), and whether PostgreSQL kept re-planning
 * depended on the data's statistics. A statement without bound values is prepared on the server after five runs on a
 * connection (pgjdbc) and then planned once for that connection, with the values it holds. So the few values such a
 * count needs are written in: only values checked here to be harmless (region codes, dates, names of states), each
 * list sorted so that one area always gives the same text. Everything a person types stays bound.
 */
public final class PlannedOnce {

	private static final Pattern REGION_CODE = Pattern.compile("\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?");

	private static final Pattern NAME = Pattern.compile("[A-Z_]{1,40}");

	private PlannedOnce() {
	}

	/** One region code as a literal: {@code '31.71'}. */
	public static String regionCode(String code) {
		check(code, REGION_CODE, "region code");
		return "'" + code + "'";
	}

	/** Region codes as a {@code varchar[]} literal, sorted: {@code '{31.71,31.74.07}'::varchar[]}. */
	public static String regionCodes(Collection<String> codes) {
		return array(codes, REGION_CODE, "region code");
	}

	/** Names of states (enum constants) as a {@code varchar[]} literal, sorted. */
	public static String names(Collection<? extends Enum<?>> states) {
		return array(states.stream().map(Enum::name).toList(), NAME, "name");
	}

	/** A day as a {@code date} literal: {@code date '2026-12-07'}. */
	public static String date(LocalDate day) {
		return "date '" + day + "'";
	}

	private static String array(Collection<String> values, Pattern allowed, String what) {
		values.forEach(value -> check(value, allowed, what));
		return values.stream().sorted().distinct().collect(Collectors.joining(",", "'{", "}'::varchar[]"));
	}

	private static void check(String value, Pattern allowed, String what) {
		if (!allowed.matcher(value).matches()) {
			throw new IllegalArgumentException("not a " + what + ": " + value);
		}
	}

}
