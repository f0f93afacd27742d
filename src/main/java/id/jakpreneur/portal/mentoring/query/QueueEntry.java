package id.jakpreneur.portal.mentoring.query;

import java.util.List;

import id.jakpreneur.portal.mentoring.domain.Suggestion;

/** A participant waiting for a mentor, with the best suggestions for one-click assignment. */
public record QueueEntry(WaitingMentee mentee, List<Suggestion> suggestions) {

	public QueueEntry {
		suggestions = List.copyOf(suggestions);
	}

}
