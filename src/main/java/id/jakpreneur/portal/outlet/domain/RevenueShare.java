package id.jakpreneur.portal.outlet.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a participant owes for a booked period: the outlet's fixed fee plus its share of the period's sales. Money is
 * whole rupiah; the share is computed exactly with {@link BigDecimal} and rounded half up to the rupiah once, at
 * the end (Rp 12.345 at 20% is Rp 2.469; Rp 10.001 at 2,5% is Rp 250,025, so Rp 250).
 */
public final class RevenueShare {

	private RevenueShare() {
	}

	public static long share(long sales, BigDecimal percent) {
		if (sales < 0 || percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
			throw new IllegalArgumentException("sales must be >= 0 and the percentage 0 to 100");
		}
		return BigDecimal.valueOf(sales)
			.multiply(percent)
			.divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
			.longValueExact();
	}

	public static Due due(long sales, BigDecimal percent, long feePerPeriod) {
		return new Due(feePerPeriod, share(sales, percent));
	}

	/** The fee and the share due for one period. */
	public record Due(long fee, long share) {

		public long total() {
			return fee + share;
		}

	}

}
