package id.jakpreneur.portal.partner.domain;

import java.time.LocalDate;

/**
 * Where a partner's MoU stands today. Lists flag EXPIRING (ends within {@link #WARNING_DAYS} days) and EXPIRED, so
 * that officers renew MoUs before referrals to the partner stop.
 */
public enum MouStatus {

	NONE, VALID, EXPIRING, EXPIRED;

	public static final int WARNING_DAYS = 60;

	public static MouStatus of(LocalDate mouEnd, LocalDate today) {
		if (mouEnd == null) {
			return NONE;
		}
		if (mouEnd.isBefore(today)) {
			return EXPIRED;
		}
		return mouEnd.isAfter(today.plusDays(WARNING_DAYS)) ? VALID : EXPIRING;
	}

	/** Whether an officer should act on this MoU. */
	public boolean needsAttention() {
		return this == EXPIRING || this == EXPIRED;
	}

}
