package id.jakpreneur.portal.dashboard.query;

/**
 * All mentors of the selection together: how many, their capacity, active mentees and sessions of the last 90 days,
 * and how many are in each load band ({@code loadBands}: no mentee, under 50%, 50-79%, 80-99%, full).
 */
public record MentorTotals(long mentors, long capacity, long activeMentees, long sessions90Days, long[] loadBands) {

	public static MentorTotals none() {
		return new MentorTotals(0, 0, 0, 0, new long[5]);
	}

}
