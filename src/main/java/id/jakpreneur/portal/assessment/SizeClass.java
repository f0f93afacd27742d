package id.jakpreneur.portal.assessment;

/**
 * Business size class per PP 7/2021 art. 35. New businesses are classed by capital (excluding land and buildings),
 * running ones by annual sales; each upper bound belongs to its class (exactly Rp 1 bn capital is still mikro).
 */
public enum SizeClass {

	MIKRO(1_000_000_000L, 2_000_000_000L),

	KECIL(5_000_000_000L, 15_000_000_000L),

	MENENGAH(10_000_000_000L, 50_000_000_000L),

	/** Above menengah: no longer a UMKM, so outside the programme's target. */
	BESAR(Long.MAX_VALUE, Long.MAX_VALUE);

	private final long maxCapital;

	private final long maxAnnualSales;

	SizeClass(long maxCapital, long maxAnnualSales) {
		this.maxCapital = maxCapital;
		this.maxAnnualSales = maxAnnualSales;
	}

	/** A business younger than this is "new" and classed by capital; older ones by their sales. */
	public static final int MONTHS_TO_BE_ESTABLISHED = 12;

	/**
	 * The class of a business: by capital while it is new (not running, or running under a year), by annual
	 * sales (monthly sales times 12) once it is established.
	 */
	public static SizeClass ofBusiness(java.time.LocalDate runningSince, java.time.LocalDate today, long capital,
			long monthlySales) {
		return isNew(runningSince, today) ? ofCapital(capital)
				: ofAnnualSales(monthlySales > Long.MAX_VALUE / 12 ? Long.MAX_VALUE : monthlySales * 12);
	}

	/** Whether a business counts as new for PP 7/2021: not running yet, or running under a year. */
	public static boolean isNew(java.time.LocalDate runningSince, java.time.LocalDate today) {
		return runningSince == null
				|| java.time.temporal.ChronoUnit.MONTHS.between(runningSince, today) < MONTHS_TO_BE_ESTABLISHED;
	}

	/** Class of a new business from its capital in Rupiah, excluding land and buildings. */
	public static SizeClass ofCapital(long capital) {
		for (SizeClass size : values()) {
			if (capital <= size.maxCapital) {
				return size;
			}
		}
		return BESAR;
	}

	/** Class of a running business from its annual sales in Rupiah. */
	public static SizeClass ofAnnualSales(long annualSales) {
		for (SizeClass size : values()) {
			if (annualSales <= size.maxAnnualSales) {
				return size;
			}
		}
		return BESAR;
	}

	/** The classes a programme offer may target: the three UMKM classes. */
	public static SizeClass[] targetable() {
		return new SizeClass[] { MIKRO, KECIL, MENENGAH };
	}

	/** Whether this class is {@code other} or larger. */
	public boolean isAtLeast(SizeClass other) {
		return compareTo(other) >= 0;
	}

	/** Whether the business is a UMKM (micro, small or medium) and so within the programme's target. */
	public boolean isUmkm() {
		return this != BESAR;
	}

}
