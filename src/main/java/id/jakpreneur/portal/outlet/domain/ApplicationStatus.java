package id.jakpreneur.portal.outlet.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * An application for a call and, once a place is allocated, the booking it becomes. APPLIED is the waiting list;
 * OFFERED, CONFIRMED and REPORTED hold the place (the database's exclusion constraint counts exactly these).
 */
public enum ApplicationStatus {

	APPLIED, WITHDRAWN, OFFERED, CONFIRMED, DECLINED, EXPIRED, CANCELLED, REPORTED;

	public static final Set<ApplicationStatus> HOLDING = EnumSet.of(OFFERED, CONFIRMED, REPORTED);

	public boolean holdsPlace() {
		return HOLDING.contains(this);
	}

}
