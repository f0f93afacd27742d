package id.jakpreneur.portal.mentoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import id.jakpreneur.portal.assessment.Track;
import org.junit.jupiter.api.Test;

class MentorAssignmentTests {

	private static final Instant ASSIGNED = Instant.parse("2026-12-01T03:00:00Z");

	private final MentorAssignment assignment = new MentorAssignment(1, 2, Track.IDEA_TO_BUSINESS, 3, null, ASSIGNED);

	@Test
	void endsAtTheGivenTime() {
		Instant later = ASSIGNED.plusSeconds(3600);
		assignment.end(EndReason.REASSIGNED, "pindah", 3, later);
		assertThat(assignment.state()).isEqualTo(AssignmentState.ENDED);
		assertThat(assignment.endedAt()).isEqualTo(later);
	}

	@Test
	void neverEndsBeforeItBeganWhenTheClockRunsBehindTheOneThatStartedIt() {
		assignment.end(EndReason.REASSIGNED, null, 3, ASSIGNED.minusMillis(800));
		assertThat(assignment.endedAt()).isEqualTo(ASSIGNED);
	}

	@Test
	void endsOnlyOnce() {
		assignment.end(EndReason.REASSIGNED, null, 3, ASSIGNED.plusSeconds(1));
		assertThatThrownBy(() -> assignment.end(EndReason.REASSIGNED, null, 3, ASSIGNED.plusSeconds(2)))
			.isInstanceOf(MentoringException.class);
	}

}
