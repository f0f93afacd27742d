package id.jakpreneur.portal.outlet.domain;

import java.math.BigDecimal;
import java.util.Set;

import id.jakpreneur.portal.assessment.Phase;
import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.entrepreneur.Sector;

/**
 * Who may use an outlet and what it costs. Empty sets and null minimums mean "any".
 *
 * @param eligibleSectors product categories the outlet takes
 * @param minGrade the lowest curation grade accepted
 * @param requiredLicences licences the participant (profile) or the product must hold
 * @param minPhase the lowest development phase accepted
 * @param feePerPeriod a fixed fee per booked period, whole rupiah
 * @param revenueSharePercent the share of the period's sales due to the operator
 * @param maxConsecutivePeriods how many periods in a row one participant may hold a place here (rotation)
 */
public record OutletRules(Set<Sector> eligibleSectors, Grade minGrade, Set<LicenceType> requiredLicences,
		Phase minPhase, long feePerPeriod, BigDecimal revenueSharePercent, int maxConsecutivePeriods) {

	public OutletRules {
		eligibleSectors = eligibleSectors == null ? Set.of() : Set.copyOf(eligibleSectors);
		requiredLicences = requiredLicences == null ? Set.of() : Set.copyOf(requiredLicences);
		revenueSharePercent = revenueSharePercent == null ? BigDecimal.ZERO : revenueSharePercent;
	}

}
