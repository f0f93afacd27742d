package id.jakpreneur.portal.mentoring.query;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import id.jakpreneur.portal.mentoring.domain.SessionMode;

/** A logged session with its agreed actions, as the mentor and the mentee see it. */
public record SessionView(long id, LocalDate heldOn, SessionMode mode, int durationMinutes, String topics,
		String notes, LocalDate nextMeetingOn, YearMonth salesMonth, Long verifiedSales, String mentorName,
		List<ActionView> actions) {

	public SessionView {
		actions = List.copyOf(actions);
	}

}
