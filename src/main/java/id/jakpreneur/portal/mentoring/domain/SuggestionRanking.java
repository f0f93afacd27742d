package id.jakpreneur.portal.mentoring.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import id.jakpreneur.portal.mentoring.domain.SuggestionReason.Kind;

/**
 * Ranks mentors for one participant: a pure function of the participant's needs and the candidates, so that the
 * officer sees the same order and the same reasons every time, and the rule can be tested on its own. Points: the
 * track 40, the participant's kecamatan 30, free seats up to 20 (in proportion to the capacity), mentored this
 * business before 15, the asked-for language 10. Mentors are considered when they cover the participant's kecamatan,
 * have the participant's track and cover another kecamatan of the same kota, or mentored the business before.
 * Paused mentors, full mentors, the current mentor and mentors the participant asked to be replaced are never
 * suggested. Ties go to more free seats, then the name, then the id.
 */
public final class SuggestionRanking {

	public static final int TRACK_POINTS = 40;

	public static final int DISTRICT_POINTS = 30;

	public static final int LOAD_POINTS = 20;

	public static final int PAST_MENTOR_POINTS = 15;

	public static final int LANGUAGE_POINTS = 10;

	private static final Comparator<Suggestion> ORDER = Comparator.comparingInt(Suggestion::score)
		.reversed()
		.thenComparing(Comparator.comparingInt((Suggestion s) -> s.mentor().freeSeats()).reversed())
		.thenComparing(s -> s.mentor().fullName())
		.thenComparingLong(s -> s.mentor().mentorId());

	private SuggestionRanking() {
	}

	/** The best {@code limit} suggestions, best first. */
	public static List<Suggestion> rank(MenteeNeeds needs, Collection<Candidate> candidates, int limit) {
		List<Suggestion> suggestions = new ArrayList<>();
		for (Candidate candidate : candidates) {
			evaluate(needs, candidate).ifPresent(suggestions::add);
		}
		suggestions.sort(ORDER);
		return suggestions.size() > limit ? List.copyOf(suggestions.subList(0, limit)) : List.copyOf(suggestions);
	}

	/** The suggestion this candidate makes for these needs, or empty when the candidate cannot take the participant. */
	public static Optional<Suggestion> evaluate(MenteeNeeds needs, Candidate candidate) {
		if (!eligible(needs, candidate)) {
			return Optional.empty();
		}
		List<SuggestionReason> reasons = new ArrayList<>(5);
		int score = 0;
		if (candidate.tracks().contains(needs.track())) {
			reasons.add(SuggestionReason.of(Kind.TRACK_MATCH, TRACK_POINTS));
			score += TRACK_POINTS;
		}
		else {
			reasons.add(SuggestionReason.of(Kind.OTHER_TRACK, 0));
		}
		if (candidate.districts().contains(needs.districtCode())) {
			reasons.add(SuggestionReason.of(Kind.COVERS_DISTRICT, DISTRICT_POINTS));
			score += DISTRICT_POINTS;
		}
		else {
			reasons.add(SuggestionReason.of(Kind.OTHER_DISTRICT, 0));
		}
		int loadPoints = LOAD_POINTS * candidate.freeSeats() / candidate.capacity();
		reasons.add(new SuggestionReason(Kind.LOAD, loadPoints, candidate.activeMentees(), candidate.capacity(), null));
		score += loadPoints;
		if (needs.pastMentors().contains(candidate.mentorId())) {
			reasons.add(SuggestionReason.of(Kind.PAST_MENTOR, PAST_MENTOR_POINTS));
			score += PAST_MENTOR_POINTS;
		}
		MentorLanguage language = needs.preferredLanguage();
		if (language != null && language != MentorLanguage.INDONESIAN) {
			boolean speaks = candidate.languages().contains(language);
			reasons.add(new SuggestionReason(speaks ? Kind.LANGUAGE_MATCH : Kind.LANGUAGE_MISSING,
					speaks ? LANGUAGE_POINTS : 0, 0, 0, language));
			score += speaks ? LANGUAGE_POINTS : 0;
		}
		return Optional.of(new Suggestion(candidate, score, reasons));
	}

	/** Whether this mentor may take this participant now at all. */
	public static boolean eligible(MenteeNeeds needs, Candidate candidate) {
		return !candidate.paused() && candidate.freeSeats() > 0 && considered(needs, candidate)
				&& (needs.currentMentor() == null || needs.currentMentor() != candidate.mentorId())
				&& !needs.avoidedMentors().contains(candidate.mentorId());
	}

	/**
	 * Whether the mentor works where the participant is: their kecamatan, or their track elsewhere in the kota, or
	 * they mentored the business before.
	 */
	public static boolean considered(MenteeNeeds needs, Candidate candidate) {
		return candidate.districts().contains(needs.districtCode()) || needs.pastMentors().contains(candidate.mentorId())
				|| (candidate.tracks().contains(needs.track())
						&& candidate.districts().stream().anyMatch(needs.nearbyDistricts()::contains));
	}

}
