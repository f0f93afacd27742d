package id.jakpreneur.portal.training.domain;

/**
 * A seat in a class, a place on its waiting list, or given up. A waiting request moves up to a seat; a seat or a
 * place on the waiting list can be given up; a cancelled enrolment stays cancelled (asking again is a new one).
 */
public enum EnrolmentStatus {

	ENROLLED, WAITING, CANCELLED;

	/** Whether an enrolment in this status may move to {@code target}. */
	public boolean canMoveTo(EnrolmentStatus target) {
		return switch (this) {
			case WAITING -> target == ENROLLED || target == CANCELLED;
			case ENROLLED -> target == CANCELLED;
			case CANCELLED -> false;
		};
	}

}
