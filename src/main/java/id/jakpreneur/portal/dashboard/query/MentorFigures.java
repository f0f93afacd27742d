package id.jakpreneur.portal.dashboard.query;

/** One mentor's load: capacity, active mentees, mentees stalled, sessions in the last 90 days. */
public record MentorFigures(long mentorId, String name, int capacity, int activeMentees, int stalledMentees,
		int sessions90Days) {
}
