package id.jakpreneur.portal.account.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Failed-login delays (decision 79). Failures are counted per login name and per client address. Once a counter
 * passes its free failures ({@code accountFreeFailures}, {@code addressFreeFailures}), each further failure makes
 * the next attempt wait {@code baseDelay} × 2^(failures beyond the free ones − 1), at most {@code maxDelay}. A
 * counter without a failure for {@code forgetAfter} starts again from zero.
 */
@ConfigurationProperties("jakpreneur.security.login")
public record LoginSettings(int accountFreeFailures, int addressFreeFailures, Duration baseDelay, Duration maxDelay,
		Duration forgetAfter) {

	/** The wait after the given number of failures of a counter with so many free ones. */
	Duration delayAfter(int failures, int freeFailures) {
		if (failures <= freeFailures) {
			return Duration.ZERO;
		}
		int doublings = Math.min(failures - freeFailures - 1, 30);
		Duration delay = baseDelay.multipliedBy(1L << doublings);
		return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
	}

}
