package id.jakpreneur.portal.mentoring.domain;

import java.util.Set;

import id.jakpreneur.portal.assessment.Track;

/**
 * What a participant needs from a mentor, as the suggestion ranking sees it.
 *
 * @param participantId who
 * @param track the track their latest assessment gave
 * @param districtCode the kecamatan of their kelurahan
 * @param nearbyDistricts the kecamatan of the same kota: a mentor of the right track there may also be suggested
 * @param preferredLanguage the language they asked to be mentored in, or {@code null}
 * @param pastMentors mentors who mentored this business before (and were not replaced at its request)
 * @param avoidedMentors mentors this participant asked to be replaced: never suggested again
 * @param currentMentor their mentor now, or {@code null}: not suggested again
 */
public record MenteeNeeds(long participantId, Track track, String districtCode, Set<String> nearbyDistricts,
		MentorLanguage preferredLanguage, Set<Long> pastMentors, Set<Long> avoidedMentors, Long currentMentor) {

	public MenteeNeeds {
		nearbyDistricts = Set.copyOf(nearbyDistricts);
		pastMentors = Set.copyOf(pastMentors);
		avoidedMentors = Set.copyOf(avoidedMentors);
	}

}
