package id.jakpreneur.portal.reporting.domain;

import java.time.YearMonth;
import java.util.Collection;
import java.util.TreeSet;

/** Runs of consecutive report months, however the months were filed (late reports fill gaps). */
public final class ConsecutiveMonths {

	private ConsecutiveMonths() {
	}

	/** The longest run of consecutive months among these; 0 for none. */
	public static int longestRun(Collection<YearMonth> months) {
		int longest = 0;
		int run = 0;
		YearMonth previous = null;
		for (YearMonth month : new TreeSet<>(months)) {
			run = previous != null && previous.plusMonths(1).equals(month) ? run + 1 : 1;
			longest = Math.max(longest, run);
			previous = month;
		}
		return longest;
	}

	/** The run that ends with {@code month}: how many months in a row up to and including it were reported. */
	public static int runEndingAt(Collection<YearMonth> months, YearMonth month) {
		TreeSet<YearMonth> set = new TreeSet<>(months);
		int run = 0;
		for (YearMonth m = month; set.contains(m); m = m.minusMonths(1)) {
			run++;
		}
		return run;
	}

}
