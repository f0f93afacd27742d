package id.jakpreneur.portal.training.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The waiting-list rules of a class: a request gets a seat while seats are free and waits otherwise; when seats
 * free, the longest-waiting requests move up, first come first served (ties broken by id, the order of arrival in
 * the database). The caller holds the class row's lock, so the counts it passes are exact.
 */
public final class Seats {

	private Seats() {
	}

	/** Where a new request lands in a class of this capacity that has this many seats taken. */
	public static EnrolmentStatus placeFor(int capacity, int enrolled) {
		return enrolled < capacity ? EnrolmentStatus.ENROLLED : EnrolmentStatus.WAITING;
	}

	public static int free(int capacity, int enrolled) {
		return Math.max(0, capacity - enrolled);
	}

	/** The waiting requests that get the free seats, in the order they get them. */
	public static List<Waiting> nextInLine(List<Waiting> waiting, int capacity, int enrolled) {
		return waiting.stream()
			.sorted(Comparator.comparing(Waiting::requestedAt).thenComparingLong(Waiting::id))
			.limit(free(capacity, enrolled))
			.toList();
	}

	/** One request on the waiting list. */
	public record Waiting(long id, Instant requestedAt) {
	}

}
