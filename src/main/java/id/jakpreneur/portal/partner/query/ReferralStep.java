package id.jakpreneur.portal.partner.query;

import id.jakpreneur.portal.partner.ReferralStatus;
import java.time.Instant;

/**
 * One status change of a referral: to which status, the partner's note (a rejection's reason), by whom, when, and
 * whether the participant reads the note.
 */
public record ReferralStep(ReferralStatus status, String reason, String changedBy, Instant changedAt,
		boolean shownToParticipant) {
}
