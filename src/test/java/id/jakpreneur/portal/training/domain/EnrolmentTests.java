package id.jakpreneur.portal.training.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The moves of an enrolment: a waiting request is seated, a seat or a place is given up, a cancellation stays. */
class EnrolmentTests {

	private static final Instant NOW = Instant.parse("2026-12-05T03:00:00Z");

	@ParameterizedTest(name = "{0} -> {1}: {2}")
	@CsvSource({ "WAITING, ENROLLED, true", "WAITING, CANCELLED, true", "ENROLLED, CANCELLED, true",
			"ENROLLED, WAITING, false", "ENROLLED, ENROLLED, false", "CANCELLED, ENROLLED, false",
			"CANCELLED, WAITING, false", "CANCELLED, CANCELLED, false", "WAITING, WAITING, false" })
	void onlyTheWaitingListAndGivingUpMoveAnEnrolment(EnrolmentStatus from, EnrolmentStatus to, boolean allowed) {
		assertThat(from.canMoveTo(to)).isEqualTo(allowed);
	}

	@Test
	void aWaitingRequestIsSeatedAndACancelledOneIsRefusedWithAReason() {
		Enrolment waiting = new Enrolment(1, 2, EnrolmentStatus.WAITING, 3, NOW);
		waiting.moveTo(EnrolmentStatus.ENROLLED, NOW);
		assertThat(waiting.getStatus()).isEqualTo(EnrolmentStatus.ENROLLED);
		waiting.moveTo(EnrolmentStatus.CANCELLED, NOW);
		assertThat(waiting.getStatus()).isEqualTo(EnrolmentStatus.CANCELLED);
		assertThatThrownBy(() -> waiting.moveTo(EnrolmentStatus.ENROLLED, NOW))
			.isInstanceOfSatisfying(EnrolmentRefusedException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("programme.enrol.illegalStep"));
		assertThatThrownBy(() -> new Enrolment(1, 2, EnrolmentStatus.CANCELLED, 3, NOW))
			.isInstanceOf(EnrolmentRefusedException.class);
	}

}
