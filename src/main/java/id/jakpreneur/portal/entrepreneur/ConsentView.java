package id.jakpreneur.portal.entrepreneur;

import java.time.Instant;

/**
 * One consent as its owner and other modules see it: what for (and, for partner sharing, which referral), the
 * version of the text she agreed to, when, and when she withdrew it.
 */
public record ConsentView(long id, ConsentPurpose purpose, Long referenceId, String textVersion, Instant givenAt,
		Instant withdrawnAt) {

	public boolean active() {
		return withdrawnAt == null;
	}

}
