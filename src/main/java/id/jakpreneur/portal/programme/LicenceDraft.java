package id.jakpreneur.portal.programme;

import java.time.LocalDate;

import id.jakpreneur.portal.entrepreneur.LicenceType;

/** A licence as the participant records it. {@code otherName} only for {@link LicenceType#OTHER}. */
public record LicenceDraft(LicenceType type, String otherName, LicenceStatus status, String number, LocalDate issuedOn,
		LocalDate expiresOn) {
}
