package id.jakpreneur.portal.training;

import java.time.Instant;

/**
 * An officer withdrew a class certificate issued by mistake, with a reason the participant reads; P2 no longer
 * counts until the certificate is issued again. Published in the withdrawing transaction, for the timeline.
 */
public record CertificateWithdrawn(long participantId, long classId, String certificateNumber, String reason,
		long actorId, Instant when) {
}
