package id.jakpreneur.portal.reporting;

/**
 * Where a monthly report stands: submitted by the participant, verified by her mentor or an officer (for a late
 * report this is the confirmation it needs), or returned with a reason for her to correct and submit again. Only a
 * verified report counts for P6.
 */
public enum ReportStatus {

	SUBMITTED, VERIFIED, RETURNED;

	/** Whether a report in this status may move to {@code target}. */
	public boolean canMoveTo(ReportStatus target) {
		return switch (this) {
			case SUBMITTED -> target == VERIFIED || target == RETURNED;
			case RETURNED -> target == SUBMITTED;
			case VERIFIED -> false;
		};
	}

}
