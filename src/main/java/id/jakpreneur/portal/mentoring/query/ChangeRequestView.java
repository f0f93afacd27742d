package id.jakpreneur.portal.mentoring.query;

import java.time.Instant;

/** An entrepreneur's open request for another mentor, as officers see it. */
public record ChangeRequestView(long id, long participantId, String participantName, String villageCode,
		String mentorName, String reason, Instant requestedAt) {
}
