package id.jakpreneur.portal.mentoring.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rules a logged session must meet beyond single fields, as field name to message key: the day is neither in
 * the future nor before the mentor was assigned; the next meeting and every due date are on or after it; a sales
 * figure comes with its month and the month has begun by the session's day. Pure, so the form and the service apply
 * the same rules.
 */
public final class SessionRules {

	private SessionRules() {
	}

	public static Map<String, String> problems(NewSession session, LocalDate assignedOn, LocalDate today) {
		Map<String, String> problems = new LinkedHashMap<>();
		LocalDate day = session.heldOn();
		if (day.isAfter(today)) {
			problems.put("heldOn", "validation.dateInFuture");
		}
		else if (day.isBefore(assignedOn)) {
			problems.put("heldOn", "mentoring.session.beforeAssignment");
		}
		if (session.nextMeetingOn() != null && session.nextMeetingOn().isBefore(day)) {
			problems.put("nextMeetingOn", "mentoring.session.nextBeforeSession");
		}
		if (session.salesMonth() != null && session.verifiedSales() == null) {
			problems.put("verifiedSales", "mentoring.session.salesRequired");
		}
		if (session.salesMonth() == null && session.verifiedSales() != null) {
			problems.put("salesMonth", "mentoring.session.salesMonthRequired");
		}
		if (session.salesMonth() != null && session.salesMonth().isAfter(YearMonth.from(day))) {
			problems.put("salesMonth", "mentoring.session.salesMonthLater");
		}
		for (int i = 0; i < session.actions().size(); i++) {
			if (session.actions().get(i).dueOn().isBefore(day)) {
				problems.put("actions[" + i + "].dueOn", "mentoring.session.dueBeforeSession");
			}
		}
		return problems;
	}

}
