package id.jakpreneur.portal.breach.query;

import java.time.Duration;
import java.time.Instant;

/** A recorded incident with the suspected account's name, for the list and the incident's page. */
public record IncidentRow(long id, long accountId, String accountName, String accountRole, Instant windowFrom,
		Instant windowUntil, Instant discoveredAt, String description, String recordedBy, Instant recordedAt,
		Instant notifiedAt, Integer notified) {

	/** When the people concerned and the authority must have been told: 3 x 24 hours after the discovery. */
	public Instant deadline() {
		return discoveredAt.plus(Duration.ofHours(72));
	}

	public boolean overdue(Instant now) {
		return notifiedAt == null && now.isAfter(deadline());
	}

	/** Whole hours left until the deadline (0 once passed). */
	public long hoursLeft(Instant now) {
		return Math.max(0, Duration.between(now, deadline()).toHours());
	}

}
