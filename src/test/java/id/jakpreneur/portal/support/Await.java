package id.jakpreneur.portal.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Waits for a condition another thread brings about (a row the outbox worker updates), for at most 10 s: never a fixed
 * sleep. Awaitility looks again every few milliseconds, leaving the processor to the thread being waited for.
 */
public final class Await {

	private static final Duration LIMIT = Duration.ofSeconds(10);

	private Await() {
	}

	public static void until(String what, BooleanSupplier condition) {
		try {
			Awaitility.await(what).atMost(LIMIT).pollInterval(Duration.ofMillis(20)).until(condition::getAsBoolean);
		}
		catch (ConditionTimeoutException ex) {
			throw new AssertionError(what + " within " + LIMIT.toSeconds() + " s", ex);
		}
	}

}
