package id.jakpreneur.portal.mentoring.query;

import java.util.Set;

import id.jakpreneur.portal.assessment.Track;
import id.jakpreneur.portal.mentoring.domain.MentorKind;
import id.jakpreneur.portal.mentoring.domain.MentorLanguage;

/** A mentor's profile as pages show it, with the login email and the current load. */
public record MentorProfile(long id, long accountId, String email, String fullName, String phone, MentorKind kind,
		String agencyCode, String organisation, Set<Track> tracks, Set<String> districtCodes,
		Set<MentorLanguage> languages, int capacityLimit, int capacity, int activeMentees, boolean paused) {

	public MentorProfile {
		tracks = Set.copyOf(tracks);
		districtCodes = Set.copyOf(districtCodes);
		languages = Set.copyOf(languages);
	}

	public int freeSeats() {
		return Math.max(0, capacity - activeMentees);
	}

}
