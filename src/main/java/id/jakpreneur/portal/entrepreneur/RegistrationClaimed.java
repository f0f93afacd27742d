package id.jakpreneur.portal.entrepreneur;

/**
 * An online registration used a NIK that a participant already holds and became a claim for the secretariat of its
 * kecamatan (published inside the transaction that stored it). It carries no personal data: the claim is read on
 * {@code /officer/registration-claims}.
 */
public record RegistrationClaimed(long claimId, String districtCode, String cityCode) {
}
