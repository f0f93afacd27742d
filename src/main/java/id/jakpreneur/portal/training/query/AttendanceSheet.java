package id.jakpreneur.portal.training.query;

import java.util.List;

/**
 * A session's attendance list: the class, the session, every seated participant with their mark, and whether the
 * session has started (before that, nothing can be marked).
 */
public record AttendanceSheet(ClassSummary summary, SessionView session, List<AttendanceLine> lines,
		boolean started) {

	public AttendanceSheet {
		lines = List.copyOf(lines);
	}

}
