package id.jakpreneur.portal.entrepreneur.query;

import java.time.Instant;

/**
 * An open registration claim as the secretariat sees it: the claimant's contact, the masked NIK, and the participant
 * who holds that NIK ({@code holderId} and their kelurahan; empty if they were erased since).
 */
public record ClaimRow(long id, String fullName, String email, String phone, String nikMasked, String villageCode,
		Instant claimedAt, Long holderId, String holderVillageCode) {
}
