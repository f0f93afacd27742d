package id.jakpreneur.portal.notification.query;

import java.time.Instant;

/**
 * One outbox message as administrators see it: never its secret, and its address masked (enough to recognise, not to
 * copy).
 */
public record OutboxEntry(long id, Long accountId, String accountName, String channel, String kind, String language,
		String maskedRecipient, String status, int attempts, String lastError, Instant createdAt, Instant sentAt,
		Instant nextAttemptAt, boolean retryable) {
}
