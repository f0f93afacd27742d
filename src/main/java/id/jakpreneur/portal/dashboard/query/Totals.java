package id.jakpreneur.portal.dashboard.query;

/**
 * Participant counts of one group (the whole selection or one kecamatan): how many, stalled, moved up at least one
 * phase, completed and reached (completed or recognised) per step P1..P7, reached together with the step before
 * ({@code reachedWithPrevious[i]}: reached both step i and step i + 1 of P1..P7, counted from 1; [0] is 0), and by
 * current phase (index 0: not yet assessed, then IDEA, EARLY, GROWING, SCALING, GRADUATED).
 */
public record Totals(long participants, long stalled, long movedUp, long[] completed, long[] reached,
		long[] reachedWithPrevious, long[] phases) {

	public static final String[] PHASES = { "NONE", "IDEA", "EARLY", "GROWING", "SCALING", "GRADUATED" };

	public static Totals empty() {
		return new Totals(0, 0, 0, new long[7], new long[7], new long[7], new long[6]);
	}

}
