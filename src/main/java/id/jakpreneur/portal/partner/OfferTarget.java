package id.jakpreneur.portal.partner;

import id.jakpreneur.portal.assessment.SizeClass;
import id.jakpreneur.portal.assessment.Phase;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

import id.jakpreneur.portal.entrepreneur.Sector;

/**
 * Whom an offer is for. An empty set means "any"; a size range with an open end ({@code null}) is open on that
 * side. Areas are kota or kecamatan codes.
 */
public record OfferTarget(Set<Sector> sectors, SizeClass sizeFrom, SizeClass sizeTo, Set<String> areaCodes,
		Set<Phase> phases) {

	/** Kept in their natural order (enum order, area codes sorted), so pages list them the same way every time. */
	public OfferTarget {
		sectors = sectors == null || sectors.isEmpty() ? Set.of()
				: Collections.unmodifiableSet(EnumSet.copyOf(sectors));
		areaCodes = areaCodes == null ? Set.of() : Collections.unmodifiableSet(new TreeSet<>(areaCodes));
		phases = phases == null || phases.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(phases));
	}

	public static OfferTarget everyone() {
		return new OfferTarget(Set.of(), null, null, Set.of(), Set.of());
	}

}
