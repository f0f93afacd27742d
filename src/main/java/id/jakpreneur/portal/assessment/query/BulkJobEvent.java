package id.jakpreneur.portal.assessment.query;

import java.time.Instant;
import java.util.Set;

/**
 * One line of a bulk re-assessment's history.
 *
 * @param kind STARTED, INTERRUPTED, RESUMED, DONE, FAILED or ABANDONED
 * @param happenedAt when; for an instance that died, the last time it was seen working
 * @param processed participants re-assessed by then
 * @param instance the portal instance concerned
 * @param detail why it was interrupted or abandoned (a reason code), or the error of a failure
 */
public record BulkJobEvent(String kind, Instant happenedAt, int processed, String instance, String detail) {

	private static final Set<String> REASONS = Set.of("no-heartbeat", "portal-stopped", "database-unavailable",
			"policy-changed", "instance-stopped");

	/** The message key of the reason, or null when the detail is an error to show as it is (or there is none). */
	public String reasonKey() {
		return detail != null && REASONS.contains(detail) ? "assessment.bulk.reason." + detail : null;
	}

}
