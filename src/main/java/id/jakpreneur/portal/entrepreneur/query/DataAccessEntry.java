package id.jakpreneur.portal.entrepreneur.query;

import java.time.Instant;

import id.jakpreneur.portal.entrepreneur.domain.PersonalDataField;
import id.jakpreneur.portal.entrepreneur.domain.RevealPurpose;

/** One look at a participant's NIK or KK in clear: who, with which role, when, for which purpose and why. */
public record DataAccessEntry(Instant accessedAt, String accessedBy, String role, PersonalDataField field,
		RevealPurpose purpose, String reason) {
}
