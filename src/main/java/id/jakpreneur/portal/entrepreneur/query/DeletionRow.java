package id.jakpreneur.portal.entrepreneur.query;

import java.time.Instant;

/**
 * A deletion request in the administrators' queue or on its page: the participant (her name until erased), when she
 * asked, by when the law wants it decided, and the decision once made.
 */
public record DeletionRow(long id, long participantId, String fullName, String districtCode, Instant requestedAt,
		Instant dueAt, boolean overdue, String outcome, Instant decidedAt, String decidedBy, String reasonCode,
		String reasonText, String erasedRows) {

	public boolean pending() {
		return "PENDING".equals(outcome);
	}

}
