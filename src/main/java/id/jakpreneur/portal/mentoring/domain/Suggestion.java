package id.jakpreneur.portal.mentoring.domain;

import java.util.List;

/** A mentor suggested for a participant, with the score and the reasons that made it. */
public record Suggestion(Candidate mentor, int score, List<SuggestionReason> reasons) {

	public Suggestion {
		reasons = List.copyOf(reasons);
	}

}
