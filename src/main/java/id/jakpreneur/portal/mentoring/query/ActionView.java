package id.jakpreneur.portal.mentoring.query;

import java.time.Instant;
import java.time.LocalDate;

/** An action agreed in a session: what, by when, and whether the mentee ticked it done. */
public record ActionView(long id, long sessionId, String description, LocalDate dueOn, Instant doneAt) {

	public boolean done() {
		return doneAt != null;
	}

	/** Open and past its due date on the given day. */
	public boolean overdueOn(LocalDate today) {
		return doneAt == null && dueOn.isBefore(today);
	}

}
