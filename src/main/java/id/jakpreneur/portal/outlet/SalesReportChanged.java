package id.jakpreneur.portal.outlet;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A booking's sales report was submitted (or corrected) by the participant, confirmed by an officer of the outlet's
 * area, or returned by one with a reason; published in that transaction, for the participant's timeline.
 *
 * @param actorId who made the change: the participant's account, or the officer's
 * @param reason the officer's reason when returned, otherwise null
 */
public record SalesReportChanged(long participantId, long applicationId, Step step, String outletName,
		LocalDate startsOn, LocalDate endsOn, int unitsSold, long sales, String reason, long actorId, Instant when) {

	/** What happened to the report. */
	public enum Step {
		SUBMITTED, CONFIRMED, RETURNED
	}

}
