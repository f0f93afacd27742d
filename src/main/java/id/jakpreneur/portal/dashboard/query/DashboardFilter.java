package id.jakpreneur.portal.dashboard.query;

import java.util.Set;

/**
 * What a dashboard shows: the filters chosen (null: all) and the area it is limited to ({@code areaCodes}: the
 * officer's kota or kecamatan codes; empty for the province). Region filters are already checked to lie inside
 * the area. {@code year}: the registration year (cohort) for participant figures, the year of the event for phase
 * changes and of the booking for outlets.
 */
public record DashboardFilter(Integer year, String city, String district, String village, String sector,
		String agency, TargetGroup group, String size, Set<String> areaCodes) {

	public DashboardFilter {
		areaCodes = Set.copyOf(areaCodes);
	}

	public static DashboardFilter province() {
		return new DashboardFilter(null, null, null, null, null, null, null, null, Set.of());
	}

	/** Whether a kecamatan (or finer) limit applies: the kota-level summaries then cannot answer. */
	boolean needsDistrictGrain() {
		return district != null || village != null || areaCodes.stream().anyMatch(c -> c.length() > 5);
	}

	/**
	 * Whether only the year, the area (kota, kecamatan, the officer's area) and the agency are chosen: the
	 * roll-ups, summed over sector, target group and size class, can then answer.
	 */
	boolean coarse() {
		return sector == null && group == null && size == null && village == null;
	}

	String[] areaCities() {
		return areaCodes.stream().filter(c -> c.length() <= 5).toArray(String[]::new);
	}

	String[] areaDistricts() {
		return areaCodes.stream().filter(c -> c.length() > 5).toArray(String[]::new);
	}

}
