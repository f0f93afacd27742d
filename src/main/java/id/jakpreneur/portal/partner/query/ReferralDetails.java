package id.jakpreneur.portal.partner.query;

import id.jakpreneur.portal.partner.ReferralSummary;
import java.util.List;

/**
 * A referral with what the partner needs to follow it up: the officer's note, the participant's phone (shared
 * because the participant is referred to this partner), and the history of its status.
 */
public record ReferralDetails(ReferralSummary summary, String note, String reason, String participantPhone,
		List<ReferralStep> history) {

	public ReferralDetails {
		history = List.copyOf(history);
	}

}
