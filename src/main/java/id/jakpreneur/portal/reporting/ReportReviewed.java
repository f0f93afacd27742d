package id.jakpreneur.portal.reporting;

import java.time.Instant;
import java.time.YearMonth;

/**
 * A mentor or an officer verified (for a late report: confirmed) or returned a participant's monthly report;
 * published in that transaction, for the participant's timeline. {@code reason} is null for a verification.
 */
public record ReportReviewed(long participantId, YearMonth month, ReportStatus decision, boolean late, String reason,
		long actorId, Instant when) {
}
