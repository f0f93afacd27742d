package id.jakpreneur.portal.training.query;

import java.util.List;

/** A session's attendance list: the class, the session, and every seated participant with their mark. */
public record AttendanceSheet(ClassSummary summary, SessionView session, List<AttendanceLine> lines) {

	public AttendanceSheet {
		lines = List.copyOf(lines);
	}

}
