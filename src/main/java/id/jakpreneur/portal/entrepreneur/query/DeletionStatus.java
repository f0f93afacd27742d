package id.jakpreneur.portal.entrepreneur.query;

import java.time.Instant;

/** A deletion request as its participant sees it on {@code /me/privacy}. */
public record DeletionStatus(Instant requestedAt, String outcome, Instant decidedAt, String reasonCode,
		String reasonText) {

	public boolean pending() {
		return "PENDING".equals(outcome);
	}

}
