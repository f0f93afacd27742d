package id.jakpreneur.portal.training.query;

import java.util.List;

/** A class for its officer: sessions, the seated participants, and the waiting list in its order. */
public record ClassDetails(ClassSummary summary, List<SessionView> sessions, List<EnrolmentView> enrolled,
		List<EnrolmentView> waiting) {

	public ClassDetails {
		sessions = List.copyOf(sessions);
		enrolled = List.copyOf(enrolled);
		waiting = List.copyOf(waiting);
	}

}
