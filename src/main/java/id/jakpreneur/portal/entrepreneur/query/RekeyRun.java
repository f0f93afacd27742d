package id.jakpreneur.portal.entrepreneur.query;

import java.time.Instant;

/**
 * A run of the NIK/KK re-encryption to the key {@code keyId}: who started it, the last participant id done, how
 * many participants were rewritten and how many had a number no key reads; finished when {@code finishedAt} is set.
 */
public record RekeyRun(long id, int keyId, String startedBy, Instant startedAt, long cursorId, int rewritten,
		int unreadable, Instant heartbeatAt, Instant finishedAt) {

	public boolean finished() {
		return finishedAt != null;
	}

}
