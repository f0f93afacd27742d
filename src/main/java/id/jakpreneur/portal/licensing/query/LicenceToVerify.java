package id.jakpreneur.portal.licensing.query;

import java.time.Instant;
import java.time.LocalDate;

import id.jakpreneur.portal.entrepreneur.LicenceType;

/** One issued licence waiting for an officer, for the verification queue. No NIK. */
public record LicenceToVerify(long participantId, String participantName, String businessName, String districtCode,
		LicenceType type, String otherName, String number, LocalDate issuedOn, Instant recordedAt) {
}
