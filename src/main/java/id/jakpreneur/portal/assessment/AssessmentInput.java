package id.jakpreneur.portal.assessment;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import id.jakpreneur.portal.entrepreneur.BusinessStage;
import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.entrepreneur.SalesChannel;
import id.jakpreneur.portal.entrepreneur.Sector;

/**
 * What the policy looks at: the answers of one assessment, as of one day. Validated here so that the policy itself
 * never has to guard against nulls or impossible figures.
 *
 * @param stage idea only or an already running business
 * @param runningSince when the business started selling; {@code null} for an idea
 * @param assessedOn the day of the assessment, against which months of running are counted
 * @param sector declared sector
 * @param sellsRegularly whether the business sells every week or month rather than now and then
 * @param monthlySales average monthly sales (omzet) in Rupiah
 * @param capital business capital in Rupiah, excluding land and buildings
 * @param employees people working in the business besides the owner
 * @param licences licences held, each with its number, or {@code ""} when held but the number is not at hand
 * @param hasPackaging whether products are packaged for sale
 * @param hasLabel whether packages carry a label (name, producer, composition)
 * @param knowsShelfLife whether the producer knows how long the product keeps
 * @param channels where the business sells today
 * @param keepsBooks whether sales and costs are written down regularly
 * @param separatesMoney whether business money is kept apart from household money
 * @param hadCredit whether the business has used formal credit (Bank DKI, KUR, a cooperative, a partner)
 * @param hasDigitalPresence whether the business can be found online (social media, marketplace, maps)
 * @param mainObstacle what the entrepreneur says holds the business back most
 * @param completedSteps steps already completed inside the programme, e.g. training with a certificate
 * @param previousPhase phase found by the previous assessment; {@code null} for the first one
 */
public record AssessmentInput(BusinessStage stage, LocalDate runningSince, LocalDate assessedOn, Sector sector,
		boolean sellsRegularly, long monthlySales, long capital, int employees, Map<LicenceType, String> licences,
		boolean hasPackaging, boolean hasLabel, boolean knowsShelfLife, Set<SalesChannel> channels,
		boolean keepsBooks, boolean separatesMoney, boolean hadCredit, boolean hasDigitalPresence,
		MainObstacle mainObstacle, Set<StepCode> completedSteps, Phase previousPhase) {

	/** Monthly sales above this would overflow when turned into annual sales. */
	private static final long MAX_MONTHLY_SALES = Long.MAX_VALUE / 12;

	public AssessmentInput {
		Objects.requireNonNull(stage, "stage");
		Objects.requireNonNull(assessedOn, "assessedOn");
		Objects.requireNonNull(sector, "sector");
		Objects.requireNonNull(mainObstacle, "mainObstacle");
		if (runningSince != null && runningSince.isAfter(assessedOn)) {
			throw new IllegalArgumentException("runningSince must not be after assessedOn");
		}
		if (monthlySales < 0 || monthlySales > MAX_MONTHLY_SALES) {
			throw new IllegalArgumentException("monthlySales must be between 0 and " + MAX_MONTHLY_SALES);
		}
		if (capital < 0) {
			throw new IllegalArgumentException("capital must not be negative");
		}
		if (employees < 0) {
			throw new IllegalArgumentException("employees must not be negative");
		}
		licences = Map.copyOf(Objects.requireNonNull(licences, "licences"));
		channels = Set.copyOf(Objects.requireNonNull(channels, "channels"));
		completedSteps = Set.copyOf(Objects.requireNonNull(completedSteps, "completedSteps"));
	}

	/** Whether the licence is held, with or without a known number. */
	public boolean holds(LicenceType licence) {
		return licences.containsKey(licence);
	}

}
