package id.jakpreneur.portal.entrepreneur;

import java.time.Instant;

/**
 * One consent as its owner and other modules see it: what for (and, for partner sharing, which referral, with the
 * name of its partner and the title of its offer when listed by {@code Consents.of}), the version of the text she
 * agreed to, when, and when she withdrew it.
 */
public record ConsentView(long id, ConsentPurpose purpose, Long referenceId, String textVersion, Instant givenAt,
		Instant withdrawnAt, String partnerName, String offerTitle) {

	public ConsentView(long id, ConsentPurpose purpose, Long referenceId, String textVersion, Instant givenAt,
			Instant withdrawnAt) {
		this(id, purpose, referenceId, textVersion, givenAt, withdrawnAt, null, null);
	}

	public boolean active() {
		return withdrawnAt == null;
	}

}
