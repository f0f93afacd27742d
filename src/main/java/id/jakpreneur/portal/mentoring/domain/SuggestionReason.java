package id.jakpreneur.portal.mentoring.domain;

/**
 * One reason shown beside a suggested mentor, with the points it gave. Pages render it from
 * {@code mentoring.reason.<kind>} with the mentor's load or the language.
 *
 * @param kind which reason
 * @param points what it added to the score (0 for a reason that speaks against the mentor)
 * @param activeMentees the mentor's mentees (for LOAD)
 * @param capacity the mentor's capacity (for LOAD)
 * @param language the participant's preferred language (for the language reasons), else {@code null}
 */
public record SuggestionReason(Kind kind, int points, int activeMentees, int capacity, MentorLanguage language) {

	public enum Kind {

		/** The mentor has the participant's track. */
		TRACK_MATCH(true),

		/** The mentor does not have the participant's track. */
		OTHER_TRACK(false),

		/** The mentor covers the kecamatan of the participant's kelurahan. */
		COVERS_DISTRICT(true),

		/** The mentor works in another kecamatan of the same kota. */
		OTHER_DISTRICT(false),

		/** The mentor's load against their capacity: the more free seats, the more points. */
		LOAD(true),

		/** The mentor speaks the language the participant asked for. */
		LANGUAGE_MATCH(true),

		/** The mentor does not speak the language the participant asked for. */
		LANGUAGE_MISSING(false),

		/** The mentor has mentored this business before. */
		PAST_MENTOR(true);

		private final boolean favourable;

		Kind(boolean favourable) {
			this.favourable = favourable;
		}

		public boolean favourable() {
			return favourable;
		}

	}

	static SuggestionReason of(Kind kind, int points) {
		return new SuggestionReason(kind, points, 0, 0, null);
	}

}
