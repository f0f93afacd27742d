package id.jakpreneur.portal.partner;

import java.util.Set;

import id.jakpreneur.portal.entrepreneur.Sector;

/**
 * Whom an offer is for. An empty set means "any"; a size range with an open end ({@code null}) is open on that
 * side. Areas are kota or kecamatan codes.
 */
public record OfferTarget(Set<Sector> sectors, SizeClassCode sizeFrom, SizeClassCode sizeTo, Set<String> areaCodes,
		Set<PhaseCode> phases) {

	public OfferTarget {
		sectors = sectors == null ? Set.of() : Set.copyOf(sectors);
		areaCodes = areaCodes == null ? Set.of() : Set.copyOf(areaCodes);
		phases = phases == null ? Set.of() : Set.copyOf(phases);
	}

	public static OfferTarget everyone() {
		return new OfferTarget(Set.of(), null, null, Set.of(), Set.of());
	}

}
