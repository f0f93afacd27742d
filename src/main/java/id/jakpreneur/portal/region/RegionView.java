package id.jakpreneur.portal.region;

/** A region as other modules see it. */
public record RegionView(String code, String name, RegionLevel level, String parentCode) {
}
