package id.jakpreneur.portal.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import id.jakpreneur.portal.training.domain.EnrolmentStatus;
import id.jakpreneur.portal.training.domain.Seats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The waiting-list rules: seats while free, then wait; freed seats go to the longest-waiting, in order. */
class SeatsTests {

	private static final Instant T = Instant.parse("2026-05-04T02:00:00Z");

	@ParameterizedTest(name = "capacity {0}, {1} taken -> {2}, {3} free")
	@CsvSource({ "5, 0, ENROLLED, 5", "5, 4, ENROLLED, 1", "5, 5, WAITING, 0", "5, 7, WAITING, 0",
			"1, 0, ENROLLED, 1", "1, 1, WAITING, 0" })
	void aRequestGetsASeatOnlyWhileOneIsFree(int capacity, int enrolled, EnrolmentStatus expected, int free) {
		assertThat(Seats.placeFor(capacity, enrolled)).isEqualTo(expected);
		assertThat(Seats.free(capacity, enrolled)).isEqualTo(free);
	}

	@ParameterizedTest(name = "capacity {0}, {1} taken, {2} waiting -> {3} move up")
	@CsvSource({ "5, 4, 3, 1", "5, 5, 3, 0", "5, 2, 3, 3", "5, 0, 10, 5", "5, 3, 0, 0", "5, 6, 2, 0" })
	void asManyMoveUpAsSeatsAreFree(int capacity, int enrolled, int waiting, int movingUp) {
		List<Seats.Waiting> queue = new ArrayList<>();
		for (int i = 0; i < waiting; i++) {
			queue.add(new Seats.Waiting(100 + i, T.plusSeconds(i)));
		}
		assertThat(Seats.nextInLine(queue, capacity, enrolled)).hasSize(movingUp);
	}

	@Test
	void theLongestWaitingMoveUpFirstWithTiesBrokenByArrival() {
		List<Seats.Waiting> queue = List.of(new Seats.Waiting(7, T.plusSeconds(30)), new Seats.Waiting(3, T),
				new Seats.Waiting(9, T.plusSeconds(10)), new Seats.Waiting(2, T.plusSeconds(10)),
				new Seats.Waiting(5, T.plusSeconds(60)));
		assertThat(Seats.nextInLine(queue, 10, 7)).extracting(Seats.Waiting::id).containsExactly(3L, 2L, 9L);
	}

}
