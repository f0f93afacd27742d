package id.jakpreneur.portal.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for a condition another thread brings about (a row the outbox worker updates), looking again at once, for at
 * most 10 s: never a fixed sleep.
 */
public final class Await {

	private static final Duration LIMIT = Duration.ofSeconds(10);

	private Await() {
	}

	public static void until(String what, BooleanSupplier condition) {
		long deadline = System.nanoTime() + LIMIT.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError(what + " within " + LIMIT.toSeconds() + " s");
			}
			Thread.onSpinWait();
		}
	}

}
