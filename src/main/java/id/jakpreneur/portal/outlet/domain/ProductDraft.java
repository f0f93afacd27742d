package id.jakpreneur.portal.outlet.domain;

import java.util.EnumSet;
import java.util.Set;

import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.entrepreneur.Sector;

/** A product as the participant describes it for curation; licence numbers are empty when the product has none. */
public record ProductDraft(String name, Sector sector, long price, String packaging, String sppIrtNumber,
		String halalNumber, String bpomNumber) {

	/** The licences this product lists a number for. */
	public Set<LicenceType> licences() {
		Set<LicenceType> held = EnumSet.noneOf(LicenceType.class);
		if (present(sppIrtNumber)) {
			held.add(LicenceType.SPP_IRT);
		}
		if (present(halalNumber)) {
			held.add(LicenceType.HALAL);
		}
		if (present(bpomNumber)) {
			held.add(LicenceType.BPOM);
		}
		return held;
	}

	static boolean present(String value) {
		return value != null && !value.isBlank();
	}

}
