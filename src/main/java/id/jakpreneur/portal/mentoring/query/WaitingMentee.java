package id.jakpreneur.portal.mentoring.query;

import java.time.Instant;
import java.util.Set;

import id.jakpreneur.portal.assessment.Phase;
import id.jakpreneur.portal.assessment.Priority;
import id.jakpreneur.portal.assessment.Track;
import id.jakpreneur.portal.mentoring.domain.MenteeNeeds;
import id.jakpreneur.portal.mentoring.domain.MentorLanguage;

/**
 * A participant as the assignment pages show them: who, where, their latest assessment (phase, track, priority,
 * since when mentoring is needed; all {@code null} before the first assessment) and what the ranking needs.
 */
public record WaitingMentee(long participantId, String fullName, String villageCode, String districtCode,
		String businessName, Phase phase, Track track, Priority priority, Instant waitingSince,
		MentorLanguage preferredLanguage, Set<Long> pastMentors, Set<Long> avoidedMentors) {

	public WaitingMentee {
		pastMentors = Set.copyOf(pastMentors);
		avoidedMentors = Set.copyOf(avoidedMentors);
	}

	public boolean assessed() {
		return track != null;
	}

	MenteeNeeds needs(Set<String> nearbyDistricts, Long currentMentor) {
		return new MenteeNeeds(participantId, track, districtCode, nearbyDistricts, preferredLanguage, pastMentors,
				avoidedMentors, currentMentor);
	}

}
