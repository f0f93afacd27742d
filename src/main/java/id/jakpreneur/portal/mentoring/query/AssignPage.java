package id.jakpreneur.portal.mentoring.query;

import java.util.List;

import id.jakpreneur.portal.mentoring.domain.Suggestion;

/**
 * Everything the officer's page for one participant shows: the participant, their current mentor (or
 * {@code null}), an open request for another mentor (or {@code null}), the ranked suggestions and the history.
 */
public record AssignPage(WaitingMentee mentee, AssignmentView current, ChangeRequestView openRequest,
		List<Suggestion> suggestions, List<AssignmentView> history) {

	public AssignPage {
		suggestions = List.copyOf(suggestions);
		history = List.copyOf(history);
	}

}
