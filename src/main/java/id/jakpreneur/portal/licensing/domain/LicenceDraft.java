package id.jakpreneur.portal.licensing.domain;

import java.time.LocalDate;

import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.licensing.LicenceStatus;

/** A licence as the participant records it. {@code otherName} only for {@link LicenceType#OTHER}. */
public record LicenceDraft(LicenceType type, String otherName, LicenceStatus status, String number, LocalDate issuedOn,
		LocalDate expiresOn) {
}
