package id.jakpreneur.portal.entrepreneur;

import java.time.Instant;

/** Published in the transaction that withdraws a consent, so what depended on it can stop at once. */
public record ConsentWithdrawn(long participantId, ConsentPurpose purpose, Long referenceId, Instant at) {
}
