package id.jakpreneur.portal.mentoring.query;

import java.time.Instant;

import id.jakpreneur.portal.assessment.Track;
import id.jakpreneur.portal.mentoring.domain.EndReason;

/** One assignment in a participant's history: who mentored them, from when to when, and why it changed. */
public record AssignmentView(long id, long mentorId, String mentorName, Track track, Instant assignedAt,
		String assignedBy, String assignNote, Instant endedAt, String endedBy, EndReason endReason, String endNote) {

	public boolean current() {
		return endedAt == null;
	}

}
