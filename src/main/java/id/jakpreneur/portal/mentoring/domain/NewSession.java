package id.jakpreneur.portal.mentoring.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A session as the mentor logs it.
 *
 * @param heldOn the day (not in the future, not before the assignment)
 * @param mode visit, online, phone or group
 * @param durationMinutes 5 to 600
 * @param topics what was discussed
 * @param notes the mentor's notes, or {@code null}
 * @param nextMeetingOn the next meeting, or {@code null}
 * @param salesMonth the month whose sales the mentor verified, or {@code null}
 * @param verifiedSales that month's sales in rupiah, or {@code null}
 * @param actions the actions agreed, each with its due date
 */
public record NewSession(LocalDate heldOn, SessionMode mode, int durationMinutes, String topics, String notes,
		LocalDate nextMeetingOn, YearMonth salesMonth, Long verifiedSales, List<NewAction> actions) {

	public NewSession {
		actions = List.copyOf(actions);
	}

	/** An action agreed in the session. */
	public record NewAction(String description, LocalDate dueOn) {
	}

}
