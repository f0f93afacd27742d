package id.jakpreneur.portal.partner;

/** A participant's application for a capital offer: the referral, the amount asked in whole rupiah, and why. */
public record CapitalApplication(ReferralSummary referral, long amount, String purpose, String reason) {
}
