package id.jakpreneur.portal.dashboard.query;

/**
 * Participant counts of one group (the whole selection or one kecamatan): how many, stalled, moved up at least one
 * phase, completed and reached (completed or recognised) per step P1..P7, and by current phase (index 0: not yet
 * assessed, then IDEA, EARLY, GROWING, SCALING, GRADUATED).
 */
public record Totals(long participants, long stalled, long movedUp, long[] completed, long[] reached, long[] phases) {

	public static final String[] PHASES = { "NONE", "IDEA", "EARLY", "GROWING", "SCALING", "GRADUATED" };

	public static Totals empty() {
		return new Totals(0, 0, 0, new long[7], new long[7], new long[6]);
	}

}
