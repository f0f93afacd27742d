package id.jakpreneur.portal.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import id.jakpreneur.portal.assessment.Track;
import id.jakpreneur.portal.mentoring.domain.BulkPlanner;
import id.jakpreneur.portal.mentoring.domain.Candidate;
import id.jakpreneur.portal.mentoring.domain.MenteeNeeds;
import id.jakpreneur.portal.mentoring.domain.MentorKind;
import id.jakpreneur.portal.mentoring.domain.MentorLanguage;
import org.junit.jupiter.api.Test;

/** The bulk preview counts the seats its own earlier proposals take. */
class BulkPlannerTests {

	private static MenteeNeeds needs(long id) {
		return new MenteeNeeds(id, Track.MARKETING_AND_DIGITAL, "31.71.03", Set.of("31.71.03", "31.71.04"), null,
				Set.of(), Set.of(), null);
	}

	private static Candidate mentor(long id, String name, int active, int capacity) {
		return new Candidate(id, name, MentorKind.PJLP, Set.of(Track.MARKETING_AND_DIGITAL), Set.of("31.71.03"),
				Set.of(MentorLanguage.INDONESIAN), active, capacity, false);
	}

	@Test
	void aMentorWithOneSeatGetsOneParticipantAndTheNextGoesToAnother() {
		List<BulkPlanner.Proposal> plan = BulkPlanner.plan(List.of(needs(1), needs(2), needs(3)),
				List.of(mentor(10, "Ani", 0, 1), mentor(20, "Budi", 8, 10)), 3);
		assertThat(plan).extracting(p -> p.chosen().mentor().mentorId()).containsExactly(10L, 20L, 20L);
		// the second participant's alternatives no longer offer Ani, whose seat the first one took
		assertThat(plan.get(1).alternatives()).extracting(s -> s.mentor().mentorId()).containsExactly(20L);
	}

	@Test
	void participantsBeyondEverySeatGetNoProposal() {
		List<BulkPlanner.Proposal> plan = BulkPlanner.plan(List.of(needs(1), needs(2)), List.of(mentor(10, "Ani", 0, 1)),
				3);
		assertThat(plan.get(0).chosen().mentor().mentorId()).isEqualTo(10L);
		assertThat(plan.get(1).chosen()).isNull();
		assertThat(plan.get(1).alternatives()).isEmpty();
	}

	@Test
	void theLoadInTheReasonsIncludesTheBatch() {
		List<BulkPlanner.Proposal> plan = BulkPlanner.plan(List.of(needs(1), needs(2)), List.of(mentor(10, "Ani", 0, 4)),
				1);
		assertThat(plan.get(1).chosen().mentor().activeMentees()).isEqualTo(1);
		assertThat(plan.get(1).chosen().score()).isEqualTo(40 + 30 + 15);
	}

}
