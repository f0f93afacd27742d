package id.jakpreneur.portal.partner.domain;

import id.jakpreneur.portal.partner.OfferTarget;
import id.jakpreneur.portal.assessment.SizeClass;
import id.jakpreneur.portal.assessment.Phase;

import java.util.Optional;

/**
 * Whether an offer fits a participant. Every targeting dimension must agree: the sector, the size class (inside
 * the offer's range; a business above menengah fits no range), the area (the participant's kecamatan or kota is
 * listed), and the phase. The phase comes from the assessment module, which this module may not call: the caller
 * supplies it, and while it is unknown only offers that do not target phases fit.
 */
public final class OfferMatcher {

	private OfferMatcher() {
	}

	public static boolean fits(OfferTarget target, Applicant applicant, Optional<Phase> phase) {
		return sectorFits(target, applicant) && sizeFits(target, applicant.sizeClass())
				&& areaFits(target, applicant) && phaseFits(target, phase);
	}

	private static boolean sectorFits(OfferTarget target, Applicant applicant) {
		return target.sectors().isEmpty() || target.sectors().contains(applicant.sector());
	}

	private static boolean sizeFits(OfferTarget target, SizeClass size) {
		if (target.sizeFrom() == null && target.sizeTo() == null) {
			return true;
		}
		if (size == SizeClass.BESAR) {
			return false;
		}
		return (target.sizeFrom() == null || size.compareTo(target.sizeFrom()) >= 0)
				&& (target.sizeTo() == null || size.compareTo(target.sizeTo()) <= 0);
	}

	private static boolean areaFits(OfferTarget target, Applicant applicant) {
		return target.areaCodes().isEmpty() || target.areaCodes().contains(applicant.districtCode())
				|| target.areaCodes().contains(applicant.cityCode());
	}

	private static boolean phaseFits(OfferTarget target, Optional<Phase> phase) {
		return target.phases().isEmpty() || phase.map(target.phases()::contains).orElse(false);
	}

}
