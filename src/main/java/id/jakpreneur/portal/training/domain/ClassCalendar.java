package id.jakpreneur.portal.training.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.Optional;

import id.jakpreneur.portal.shared.Jakarta;
import id.jakpreneur.portal.training.query.SessionView;

/**
 * When a class's sessions start and end, as instants of the programme's calendar (Asia/Jakarta). Attendance is taken
 * only from a session's start; a certificate is dated when the last session ended. The database checks the same with
 * triggers (V103).
 */
public final class ClassCalendar {

	private ClassCalendar() {
	}

	public static Instant at(LocalDate date, LocalTime time) {
		return date.atTime(time).atZone(Jakarta.ZONE).toInstant();
	}

	/** Whether the session has started at {@code now}. */
	public static boolean started(SessionView session, Instant now) {
		return !at(session.date(), session.start()).isAfter(now);
	}

	/** When the last of these sessions ends; empty for a class without sessions. */
	public static Optional<Instant> end(Collection<SessionView> sessions) {
		return sessions.stream().map(s -> at(s.date(), s.end())).max(Instant::compareTo);
	}

}
