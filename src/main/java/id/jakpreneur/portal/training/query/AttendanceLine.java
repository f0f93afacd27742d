package id.jakpreneur.portal.training.query;

/** One seated participant on a session's attendance list. */
public record AttendanceLine(long participantId, String fullName, boolean present) {
}
