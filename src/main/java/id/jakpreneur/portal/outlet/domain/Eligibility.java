package id.jakpreneur.portal.outlet.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import id.jakpreneur.portal.assessment.Phase;
import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.entrepreneur.Sector;

/**
 * Whether a participant may apply for an outlet's call, and if not, why, in reasons a participant can act on
 * ("butuh sertifikat halal"). Pure: everything it needs is passed in, so the rules are tested as a table.
 * <p>
 * The participant must have a validated registration, the minimum phase (when the outlet sets one) and room in the
 * outlet's rotation; and at least one graded product must fit: its category accepted and its grade at least the
 * minimum; and every required licence must be verified by an officer in the participant's licence register (never
 * only declared on the business profile, nor only listed on a product: decisions 81 and 99). When no product fits,
 * the reasons are those of the product that comes closest (fewest reasons), so the participant sees the shortest way
 * in.
 */
public final class Eligibility {

	private Eligibility() {
	}

	public static Result check(OutletRules rules, Candidate candidate, List<ProductFacts> products) {
		List<Refusal> refusals = new ArrayList<>();
		if (!candidate.validated()) {
			refusals.add(new Refusal(Reason.NOT_VALIDATED, null));
		}
		if (rules.minPhase() != null) {
			if (candidate.phase() == null) {
				refusals.add(new Refusal(Reason.NOT_ASSESSED, rules.minPhase().name()));
			}
			else if (rules.minPhase().isAbove(candidate.phase())) {
				refusals.add(new Refusal(Reason.PHASE, rules.minPhase().name()));
			}
		}
		if (candidate.consecutivePeriods() >= rules.maxConsecutivePeriods()) {
			refusals.add(new Refusal(Reason.ROTATION, Integer.toString(rules.maxConsecutivePeriods())));
		}
		List<ProductFacts> graded = products.stream().filter(p -> p.grade() != null).toList();
		if (graded.isEmpty()) {
			refusals.add(new Refusal(Reason.NO_CURATED_PRODUCT, null));
			return new Result(refusals, List.of());
		}
		List<Long> fitting = new ArrayList<>();
		List<Refusal> closest = null;
		for (ProductFacts product : graded.stream().sorted(Comparator.comparingLong(ProductFacts::id)).toList()) {
			List<Refusal> own = productRefusals(rules, candidate, product);
			if (own.isEmpty()) {
				fitting.add(product.id());
			}
			else if (closest == null || own.size() < closest.size()) {
				closest = own;
			}
		}
		if (fitting.isEmpty()) {
			refusals.addAll(closest);
		}
		return new Result(refusals, refusals.isEmpty() ? fitting : List.of());
	}

	private static List<Refusal> productRefusals(OutletRules rules, Candidate candidate, ProductFacts product) {
		List<Refusal> refusals = new ArrayList<>();
		if (!rules.eligibleSectors().isEmpty() && !rules.eligibleSectors().contains(product.sector())) {
			refusals.add(new Refusal(Reason.SECTOR, product.sector().name()));
		}
		if (!product.grade().meets(rules.minGrade())) {
			refusals.add(new Refusal(Reason.GRADE, rules.minGrade().name()));
		}
		Set<LicenceType> held = candidate.licences();
		rules.requiredLicences()
			.stream()
			.sorted()
			.filter(l -> !held.contains(l))
			.forEach(l -> refusals.add(new Refusal(Reason.LICENCE, l.name())));
		return refusals;
	}

	/** Why a participant may not apply; each has a message {@code outlet.reason.<REASON>} taking the detail. */
	public enum Reason {

		NOT_VALIDATED, NOT_ASSESSED, PHASE, ROTATION, NO_CURATED_PRODUCT, SECTOR, GRADE, LICENCE

	}

	/**
	 * One reason with its detail: the minimum phase or grade, the rotation limit, the product's category, or the
	 * missing licence.
	 */
	public record Refusal(Reason reason, String detail) {

		/** The message key; licences have one each ("butuh sertifikat halal"). */
		public String messageKey() {
			return "outlet.reason." + reason.name() + (reason == Reason.LICENCE ? "." + detail : "");
		}

	}

	/** The participant's side of the rules; {@code licences} are those verified in the licence register. */
	public record Candidate(boolean validated, Set<LicenceType> licences, Phase phase, int consecutivePeriods) {

		public Candidate {
			licences = licences == null ? Set.of() : Set.copyOf(licences);
		}

	}

	/** A product of the participant; {@code grade} is null until a curator grades it. */
	public record ProductFacts(long id, Sector sector, Grade grade) {
	}

	/** The reasons (none when eligible) and the products that may be used to apply. */
	public record Result(List<Refusal> refusals, List<Long> productIds) {

		public Result {
			refusals = List.copyOf(refusals);
			productIds = List.copyOf(productIds);
		}

		public boolean eligible() {
			return refusals.isEmpty();
		}

	}

}
