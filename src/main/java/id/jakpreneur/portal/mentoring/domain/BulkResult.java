package id.jakpreneur.portal.mentoring.domain;

import java.util.List;

/**
 * What a confirmed bulk assignment did: how many participants got their mentor, and for the others why not (a
 * mentor filled up or paused since the preview, or somebody else assigned them first).
 */
public record BulkResult(int assigned, List<Failure> failures) implements java.io.Serializable {

	public BulkResult {
		failures = List.copyOf(failures);
	}

	/** A pair that was not assigned, with the message key saying why. */
	public record Failure(long participantId, String participantName, String messageKey)
			implements java.io.Serializable {
	}

}
