package id.jakpreneur.portal.mentoring.query;

import java.util.List;

import id.jakpreneur.portal.mentoring.domain.MentorKind;

/** One row of the officers' mentor list. */
public record MentorSummary(long id, String fullName, MentorKind kind, String organisation, List<String> districtCodes,
		int activeMentees, int capacity, boolean paused) {

	public MentorSummary {
		districtCodes = List.copyOf(districtCodes);
	}

}
