package id.jakpreneur.portal.partner;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Business size class per PP 7/2021 art. 35, as the text codes that offers target. A new business (not running,
 * or running under 12 months) is classed by its capital excluding land and buildings, a running one by its annual
 * sales (monthly sales times 12); each upper bound belongs to its class. This repeats the thresholds of
 * {@code assessment.SizeClass} because this module may not depend on assessment; docs/decisions.md records the
 * duplication so that the two can be unified.
 */
public enum SizeClassCode {

	MIKRO(1_000_000_000L, 2_000_000_000L),

	KECIL(5_000_000_000L, 15_000_000_000L),

	MENENGAH(10_000_000_000L, 50_000_000_000L),

	/** Above menengah: no longer a UMKM. No offer targets it. */
	BESAR(Long.MAX_VALUE, Long.MAX_VALUE);

	static final int MONTHS_TO_BE_ESTABLISHED = 12;

	private final long maxCapital;

	private final long maxAnnualSales;

	SizeClassCode(long maxCapital, long maxAnnualSales) {
		this.maxCapital = maxCapital;
		this.maxAnnualSales = maxAnnualSales;
	}

	/** The classes an offer may target: the three UMKM classes. */
	public static SizeClassCode[] targetable() {
		return new SizeClassCode[] { MIKRO, KECIL, MENENGAH };
	}

	public static SizeClassCode of(LocalDate runningSince, LocalDate today, long capital, long monthlySales) {
		boolean isNew = runningSince == null
				|| ChronoUnit.MONTHS.between(runningSince, today) < MONTHS_TO_BE_ESTABLISHED;
		for (SizeClassCode size : values()) {
			if (isNew ? capital <= size.maxCapital : annual(monthlySales) <= size.maxAnnualSales) {
				return size;
			}
		}
		return BESAR;
	}

	/** Monthly sales times 12, without overflowing for absurd inputs. */
	private static long annual(long monthlySales) {
		return monthlySales > Long.MAX_VALUE / 12 ? Long.MAX_VALUE : monthlySales * 12;
	}

}
