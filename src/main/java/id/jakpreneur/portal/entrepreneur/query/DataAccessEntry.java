package id.jakpreneur.portal.entrepreneur.query;

import java.time.Instant;

import id.jakpreneur.portal.entrepreneur.domain.PersonalDataField;

/** One look at a participant's NIK or KK in clear: who, with which role, when, and why. */
public record DataAccessEntry(Instant accessedAt, String accessedBy, String role, PersonalDataField field,
		String reason) {
}
