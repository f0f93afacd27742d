package id.jakpreneur.portal.outlet.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * An application for a call and, once a place is allocated, the booking it becomes. APPLIED is the waiting list;
 * OFFERED, CONFIRMED and REPORTED hold the place (the database's exclusion constraint counts exactly these).
 * WITHDRAWN, DECLINED, EXPIRED, CANCELLED and REPORTED are final.
 */
public enum ApplicationStatus {

	APPLIED, WITHDRAWN, OFFERED, CONFIRMED, DECLINED, EXPIRED, CANCELLED, REPORTED;

	public static final Set<ApplicationStatus> HOLDING = EnumSet.of(OFFERED, CONFIRMED, REPORTED);

	public boolean holdsPlace() {
		return HOLDING.contains(this);
	}

	/** The statuses this one may move to. */
	public Set<ApplicationStatus> next() {
		return switch (this) {
			case APPLIED -> EnumSet.of(OFFERED, WITHDRAWN);
			case OFFERED -> EnumSet.of(CONFIRMED, DECLINED, EXPIRED, CANCELLED);
			case CONFIRMED -> EnumSet.of(REPORTED, DECLINED, CANCELLED);
			case WITHDRAWN, DECLINED, EXPIRED, CANCELLED, REPORTED -> EnumSet.noneOf(ApplicationStatus.class);
		};
	}

	public boolean canMoveTo(ApplicationStatus target) {
		return target != null && next().contains(target);
	}

}
