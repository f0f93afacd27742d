package id.jakpreneur.portal.training.query;

import java.time.Instant;

import id.jakpreneur.portal.training.domain.EnrolmentStatus;

/**
 * Someone on a class's list: seated or waiting, with the sessions attended and any certificate (with the reason it
 * was withdrawn, null while it stands).
 */
public record EnrolmentView(long id, long participantId, String participantName, EnrolmentStatus status,
		Instant requestedAt, int attended, String certificateNumber, String withdrawnReason) {
}
