package id.jakpreneur.portal.assessment;

/**
 * Development phase of a business, from an idea to independence. The declaration order is the order of progress,
 * so a later phase is "higher" and moving to it is naik kelas.
 */
public enum Phase {

	/** No business yet: an idea, a plan or a recipe. */
	IDEA,

	/** Running for less than a year, or not yet selling regularly (or not yet licensed). */
	EARLY,

	/** Selling regularly and licensed with at least an NIB. */
	GROWING,

	/** Steady sales, books kept and money separated; ready for capital or a bigger channel. */
	SCALING,

	/** Independent: left the programme as a success. */
	GRADUATED;

	/** Whether this phase is further along than {@code other}. */
	public boolean isAbove(Phase other) {
		return compareTo(other) > 0;
	}

}
