package id.jakpreneur.portal.mentoring.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * When P3 Pendampingan is complete: {@code sessions} sessions on different days within {@code periodDays} days (the
 * first and the last of them less than {@code periodDays} days apart). Days, not sessions, are counted, so that
 * several entries for one visit do not complete the step. Pure, configured through {@link MentoringSettings}.
 */
public final class P3Rule {

	private P3Rule() {
	}

	/** The first and last day of the earliest run of sessions that meets the rule. */
	public record Window(LocalDate first, LocalDate last, int sessions) {
	}

	public static Optional<Window> met(Collection<LocalDate> sessionDays, int sessions, int periodDays) {
		List<LocalDate> days = List.copyOf(new TreeSet<>(sessionDays));
		for (int i = 0; i + sessions - 1 < days.size(); i++) {
			LocalDate first = days.get(i);
			LocalDate last = days.get(i + sessions - 1);
			if (ChronoUnit.DAYS.between(first, last) < periodDays) {
				return Optional.of(new Window(first, last, sessions));
			}
		}
		return Optional.empty();
	}

	/**
	 * How far the sessions go towards the rule today: the window still open (its first day no more than
	 * {@code periodDays - 1} days ago) that holds the most session days, the earliest of equals. Its last day is the
	 * first counted session's day plus {@code periodDays - 1}: a session on or before it still counts with them.
	 * {@code until} is {@code null} when no window is open (the next session starts one).
	 */
	public record Progress(int counted, int needed, LocalDate until) {
	}

	public static Progress progress(Collection<LocalDate> sessionDays, LocalDate today, int sessions, int periodDays) {
		List<LocalDate> days = List.copyOf(new TreeSet<>(sessionDays));
		int best = 0;
		LocalDate until = null;
		for (int i = 0; i < days.size(); i++) {
			LocalDate last = days.get(i).plusDays(periodDays - 1L);
			if (last.isBefore(today)) {
				continue;
			}
			int counted = 0;
			for (int j = i; j < days.size() && !days.get(j).isAfter(last); j++) {
				counted++;
			}
			if (counted > best) {
				best = counted;
				until = last;
			}
		}
		return new Progress(Math.min(best, sessions), sessions, until);
	}

}
