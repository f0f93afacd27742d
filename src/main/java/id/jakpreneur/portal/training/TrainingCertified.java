package id.jakpreneur.portal.training;

import java.time.Instant;

/**
 * A participant earned a class certificate: P2 Pelatihan is completed. Published once per participant and class,
 * inside the transaction that issued the certificate; the assessment module listens to complete the step.
 */
public record TrainingCertified(long participantId, long classId, String certificateNumber, Instant when) {
}
