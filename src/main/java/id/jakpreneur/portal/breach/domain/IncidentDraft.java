package id.jakpreneur.portal.breach.domain;

import java.time.Instant;

/** An incident as the administrator types it: the account suspected, the window, the discovery, what happened. */
public record IncidentDraft(long accountId, Instant windowFrom, Instant windowUntil, Instant discoveredAt,
		String description) {
}
