package id.jakpreneur.portal.catalogue.query;

import java.time.LocalDate;

/**
 * Where the Katalog's order starts on a given day (decision 119). Every published product sits at a fixed point of a
 * circle of 2^32 positions ({@code shuffle_key}: its id times 2^32 / golden ratio, modulo 2^32); the list reads the
 * circle clockwise from the day's start. Each day's start is the previous one moved by 2^32 / golden ratio, so
 * consecutive days start far apart and, over the days, every product leads the first page equally often; within a day
 * the order, and so paging, does not move.
 */
public final class DailyRotation {

	static final long CIRCLE = 1L << 32;

	static final long STEP = 2654435761L;

	private DailyRotation() {
	}

	public static long start(LocalDate day) {
		return Math.floorMod(day.toEpochDay() * STEP, CIRCLE);
	}

	/** A product's point on the circle, as the database computes {@code shuffle_key}. */
	public static long position(long productId) {
		return Math.floorMod(productId * STEP, CIRCLE);
	}

}
