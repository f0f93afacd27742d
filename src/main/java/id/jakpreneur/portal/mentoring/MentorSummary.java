package id.jakpreneur.portal.mentoring;

import java.util.List;

/** One row of the officers' mentor list. */
public record MentorSummary(long id, String fullName, MentorKind kind, String organisation, List<String> districtCodes,
		int activeMentees, int capacity, boolean paused) {

	public MentorSummary {
		districtCodes = List.copyOf(districtCodes);
	}

}
