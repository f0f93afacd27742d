package id.jakpreneur.portal.region;

/** The levels of the Kemendagri hierarchy as stored in {@code region.level}. */
public enum RegionLevel {

	PROVINCE, CITY, DISTRICT, VILLAGE

}
