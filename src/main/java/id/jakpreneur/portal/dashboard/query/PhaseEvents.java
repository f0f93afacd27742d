package id.jakpreneur.portal.dashboard.query;

import java.time.LocalDate;

/**
 * Phase changes of one month, direction (UP: naik kelas, DOWN) and phase reached, with the days spent in the phase
 * left as a histogram over {@link #BUCKET_BOUNDS}.
 */
public record PhaseEvents(LocalDate month, String direction, String toPhase, long events, long[] buckets) {

	/** Lower bounds (days) of the histogram buckets; the last is open-ended. */
	public static final int[] BUCKET_BOUNDS = { 0, 30, 60, 90, 180, 365, 730 };

	/**
	 * The median of a histogram, interpolated linearly inside the bucket that holds it (the open last bucket is
	 * taken as 730-1095 days). Null when the histogram is empty.
	 */
	public static Double median(long[] buckets) {
		long total = 0;
		for (long b : buckets) {
			total += b;
		}
		if (total == 0) {
			return null;
		}
		double half = total / 2.0;
		long before = 0;
		for (int i = 0; i < buckets.length; i++) {
			if (buckets[i] > 0 && before + buckets[i] >= half) {
				int low = BUCKET_BOUNDS[i];
				int high = i + 1 < BUCKET_BOUNDS.length ? BUCKET_BOUNDS[i + 1] : 1095;
				return low + (high - low) * (half - before) / buckets[i];
			}
			before += buckets[i];
		}
		return (double) BUCKET_BOUNDS[BUCKET_BOUNDS.length - 1];
	}

}
