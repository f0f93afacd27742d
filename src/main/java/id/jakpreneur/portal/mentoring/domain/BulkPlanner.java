package id.jakpreneur.portal.mentoring.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Proposes a mentor for each of several participants at once, for the bulk assignment's preview: the participants
 * in the order given (the queue's), each with the best suggestion that still has a free seat once the earlier
 * proposals of the same batch are counted. Pure, like {@link SuggestionRanking}; the assignment itself still checks
 * capacity in the database, since the preview may be old by the time it is confirmed.
 */
public final class BulkPlanner {

	private BulkPlanner() {
	}

	/**
	 * A proposal: the chosen suggestion (or {@code null} when no mentor has a seat left) and the alternatives an
	 * officer may pick instead.
	 */
	public record Proposal(MenteeNeeds needs, Suggestion chosen, List<Suggestion> alternatives) {

		public Proposal {
			alternatives = List.copyOf(alternatives);
		}

	}

	public static List<Proposal> plan(List<MenteeNeeds> mentees, Collection<Candidate> candidates, int alternatives) {
		Map<Long, Integer> planned = new HashMap<>();
		List<Proposal> proposals = new ArrayList<>(mentees.size());
		for (MenteeNeeds needs : mentees) {
			List<Candidate> adjusted = candidates.stream()
				.map(c -> c.withMoreMentees(planned.getOrDefault(c.mentorId(), 0)))
				.toList();
			List<Suggestion> ranked = SuggestionRanking.rank(needs, adjusted, Math.max(1, alternatives));
			Suggestion chosen = ranked.isEmpty() ? null : ranked.get(0);
			if (chosen != null) {
				planned.merge(chosen.mentor().mentorId(), 1, Integer::sum);
			}
			proposals.add(new Proposal(needs, chosen, ranked));
		}
		return proposals;
	}

}
