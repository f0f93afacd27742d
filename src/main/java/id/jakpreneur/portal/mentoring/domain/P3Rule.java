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

}
