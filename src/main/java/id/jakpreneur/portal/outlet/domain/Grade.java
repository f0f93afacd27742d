package id.jakpreneur.portal.outlet.domain;

/** A curator's grade of a product: A is best. B and C may be curated again after a set time. */
public enum Grade {

	A, B, C;

	/** The grade stored in a {@code char(1)} column, or null. */
	public static Grade of(String value) {
		return value == null ? null : valueOf(value.strip());
	}

	/** Whether this grade is as good as {@code minimum} or better. */
	public boolean meets(Grade minimum) {
		return minimum == null || compareTo(minimum) <= 0;
	}

	public boolean mayBeRecurated() {
		return this != A;
	}

}
