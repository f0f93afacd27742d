package id.jakpreneur.portal.entrepreneur;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a registration stands: waiting for an officer (SUBMITTED), validated (P1 completed, final), or returned
 * with a reason (RETURNED). A returned registration goes back to the queue once the citizen corrects it, and an
 * officer may still validate it or return it again with another reason.
 */
public enum RegistrationStatus {

	SUBMITTED, VALIDATED, RETURNED;

	/** The statuses a registration may move to from this one. */
	public Set<RegistrationStatus> next() {
		return switch (this) {
			case SUBMITTED -> EnumSet.of(VALIDATED, RETURNED);
			case RETURNED -> EnumSet.of(SUBMITTED, VALIDATED, RETURNED);
			case VALIDATED -> EnumSet.noneOf(RegistrationStatus.class);
		};
	}

	public boolean canMoveTo(RegistrationStatus target) {
		return target != null && next().contains(target);
	}

}
