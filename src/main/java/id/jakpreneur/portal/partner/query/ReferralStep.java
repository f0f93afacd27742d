package id.jakpreneur.portal.partner.query;

import id.jakpreneur.portal.partner.ReferralStatus;
import java.time.Instant;

/** One status change of a referral: to which status, why (for a rejection), by whom, when. */
public record ReferralStep(ReferralStatus status, String reason, String changedBy, Instant changedAt) {
}
