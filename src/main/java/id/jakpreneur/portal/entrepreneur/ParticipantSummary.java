package id.jakpreneur.portal.entrepreneur;

import java.time.Instant;

import id.jakpreneur.portal.entrepreneur.domain.RegistrationChannel;

/** One row of a participant list: enough to recognise and open, no personal numbers but the masked NIK. */
public record ParticipantSummary(long id, String fullName, String nikMasked, String villageCode, Sector sector,
		RegistrationStatus status, RegistrationChannel channel, Instant registeredAt) {
}
