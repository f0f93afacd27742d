package id.jakpreneur.portal.mentoring.query;

import java.time.LocalDate;

/**
 * A participant the mentor no longer mentors (their latest assignment to this mentor ended): what the mentor's page
 * for them says instead of the mentee's details, so a notice or bookmark from before still leads somewhere.
 *
 * @param endReason why it ended: REASSIGNED (another mentor took over), MENTEE_REQUEST, COMPLETED or WITHDRAWN
 */
public record FormerMentee(long participantId, String fullName, LocalDate endedOn, String endReason) {
}
