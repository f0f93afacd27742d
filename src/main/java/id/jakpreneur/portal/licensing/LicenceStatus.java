package id.jakpreneur.portal.licensing;

import java.time.LocalDate;

/**
 * Where one licence of a participant stands. NOT_NEEDED and NEEDED come from the licence route (nothing recorded);
 * IN_PROCESS and ISSUED are recorded in the register; EXPIRED is an issued licence past its expiry date.
 */
public enum LicenceStatus {

	NOT_NEEDED, NEEDED, IN_PROCESS, ISSUED, EXPIRED;

	/** The status of a recorded licence on a given day. */
	public static LicenceStatus recorded(String stored, LocalDate expiresOn, LocalDate today) {
		return valueOf(stored).on(expiresOn, today);
	}

	/** This stored status as it stands on a given day: an issued licence past its expiry date has expired. */
	public LicenceStatus on(LocalDate expiresOn, LocalDate today) {
		return this == ISSUED && expiresOn != null && expiresOn.isBefore(today) ? EXPIRED : this;
	}

}
