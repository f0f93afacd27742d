package id.jakpreneur.portal.mentoring;

import java.time.Instant;

import id.jakpreneur.portal.assessment.Track;

/** One assignment in a participant's history: who mentored them, from when to when, and why it changed. */
public record AssignmentView(long id, long mentorId, String mentorName, Track track, Instant assignedAt,
		String assignedBy, String assignNote, Instant endedAt, String endedBy, EndReason endReason, String endNote) {

	public boolean current() {
		return endedAt == null;
	}

}
