package id.jakpreneur.portal.mentoring.domain;

import java.util.Set;

import id.jakpreneur.portal.assessment.Track;

/**
 * A mentor as the suggestion ranking sees them.
 *
 * @param mentorId the mentor profile
 * @param fullName their name
 * @param kind PJLP, volunteer or expert
 * @param tracks their expertise tracks
 * @param districts the kecamatan they cover
 * @param languages the languages they mentor in
 * @param activeMentees their current mentees
 * @param capacity the most mentees they take
 * @param paused whether they take no new mentee for now
 */
public record Candidate(long mentorId, String fullName, MentorKind kind, Set<Track> tracks, Set<String> districts,
		Set<MentorLanguage> languages, int activeMentees, int capacity, boolean paused) {

	public Candidate {
		tracks = Set.copyOf(tracks);
		districts = Set.copyOf(districts);
		languages = Set.copyOf(languages);
	}

	public int freeSeats() {
		return Math.max(0, capacity - activeMentees);
	}

	/** The same mentor with more mentees, e.g. those already planned in a bulk assignment. */
	Candidate withMoreMentees(int more) {
		return new Candidate(mentorId, fullName, kind, tracks, districts, languages, activeMentees + more, capacity,
				paused);
	}

}
