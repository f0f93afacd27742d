package id.jakpreneur.portal.dashboard.query;

/** The programme's target groups, each a bit of {@code dashboard_fact.target_mask}. */
public enum TargetGroup {

	JOB_SEEKER(1), POOR_FAMILY(2), DISABILITY(4);

	private final int bit;

	TargetGroup(int bit) {
		this.bit = bit;
	}

	public int bit() {
		return bit;
	}

}
