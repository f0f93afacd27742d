package id.jakpreneur.portal.programme;

import java.time.Instant;

/** Someone on a class's list: seated or waiting, with the sessions attended and any certificate. */
public record EnrolmentView(long id, long participantId, String participantName, EnrolmentStatus status,
		Instant requestedAt, int attended, String certificateNumber) {
}
