package id.jakpreneur.portal.assessment.policy;

import static id.jakpreneur.portal.assessment.policy.PolicyText.count;
import static id.jakpreneur.portal.assessment.policy.PolicyText.rupiah;

import id.jakpreneur.portal.assessment.StepCode;
import id.jakpreneur.portal.assessment.Track;
import id.jakpreneur.portal.entrepreneur.SalesChannel;

/**
 * The reasons {@link PhaseAssessmentPolicy} gives, one constant or method per rule. Reasons without arguments, and
 * those whose one argument is a small count or an enum value, are the same for every business, so they are made once
 * here and shared (the policy assesses a million businesses per CPU-second); the others are made per assessment with
 * their arguments printed by {@link PolicyText}.
 */
final class PolicyReasons {

	private static final String KEY = "assessment.reason.";

	static final Reason PHASE_IDEA = Reason.of("phase.idea", KEY + "phaseIdea");

	static final Reason PHASE_GROWING = Reason.of("phase.growing", KEY + "phaseGrowing");

	static final Reason PHASE_EARLY_NOT_SELLING_REGULARLY =
			Reason.of("phase.early.notSellingRegularly", KEY + "phaseEarlyNotSellingRegularly");

	static final Reason PHASE_EARLY_LICENCE_MISSING =
			Reason.of("phase.early.licenceMissing", KEY + "phaseEarlyLicenceMissing");

	static final Reason PHASE_UP = Reason.of("phase.up", KEY + "phaseUp");

	static final Reason PHASE_DOWN = Reason.of("phase.down", KEY + "phaseDown");

	static final Reason SIZE_ABOVE_UMKM = Reason.of("size.aboveUmkm", KEY + "sizeAboveUmkm");

	static final Reason STEP_P1_REGISTERED = Reason.of("step.P1.registered", KEY + "registered");

	static final Reason STEP_P3_NEEDED = Reason.of("step.P3.needed", KEY + "mentoringNeeded");

	static final Reason STEP_P4_NIB_MISSING = Reason.of("step.P4.nibMissing", KEY + "nibMissing");

	static final Reason STEP_P4_FOOD_LICENCE_MISSING =
			Reason.of("step.P4.foodLicenceMissing", KEY + "foodLicenceMissing");

	static final Reason STEP_P6_RECOGNISED = Reason.of("step.P6.recognised", KEY + "bookkeepingRecognised");

	static final Reason STEP_P7_RECOGNISED = Reason.of("step.P7.recognised", KEY + "creditRecognised");

	static final Reason ADVICE_PACKAGING = Reason.of("advice.packaging", KEY + "packagingMissing");

	static final Reason ADVICE_LABEL = Reason.of("advice.label", KEY + "labelMissing");

	static final Reason ADVICE_SHELF_LIFE = Reason.of("advice.shelfLife", KEY + "shelfLifeUnknown");

	static final Reason TRACK_CAPITAL = Reason.of("track.capital", KEY + "trackCapital");

	static final Reason TRACK_EXPANSION = Reason.of("track.expansion", KEY + "trackExpansion");

	static final Reason TRACK_GROW_SALES = Reason.of("track.growSales", KEY + "trackGrowSales");

	static final Reason TRACK_IDEA = Reason.of("track.idea", KEY + "trackIdea");

	static final Reason TRACK_LEGALITY_NIB = Reason.of("track.legality.nib", KEY + "trackLegalityNoNib");

	static final Reason TRACK_LEGALITY_FOOD = Reason.of("track.legality.food", KEY + "trackLegalityFoodLicence");

	static final Reason TRACK_FINANCE_BOOKS = Reason.of("track.finance.books", KEY + "trackFinanceNoBooks");

	static final Reason TRACK_FINANCE_MONEY = Reason.of("track.finance.money", KEY + "trackFinanceMixedMoney");

	static final Reason TRACK_MARKETING_IRREGULAR =
			Reason.of("track.marketing.irregular", KEY + "trackMarketingIrregular");

	static final Reason TRACK_MARKETING_OFFLINE = Reason.of("track.marketing.offline", KEY + "trackMarketingOffline");

	static final Reason PRIORITY_REGRESSED = Reason.of("priority.regressed", KEY + "priorityRegressed");

	static final Reason PRIORITY_IDEA = Reason.of("priority.idea", KEY + "priorityIdea");

	static final Reason PRIORITY_INDEPENDENT = Reason.of("priority.independent", KEY + "priorityIndependent");

	static final Reason PRIORITY_NORMAL = Reason.of("priority.normal", KEY + "priorityNormal");

	private static final int SALES_CHANNELS = SalesChannel.values().length;

	private static final Reason[] COMPLETED_REASONS = new Reason[StepCode.values().length];

	static {
		for (StepCode step : StepCode.values()) {
			COMPLETED_REASONS[step.ordinal()] = Reason.of("step." + step + ".completed", KEY + "stepCompleted." + step);
		}
	}

	/** Reasons that name the main obstacle or the waiting need, one per value. */
	private static final Reason[] OBSTACLE_REASONS = reasons("track.obstacle", "trackFromObstacle.",
			MainObstacle.values());

	private static final Reason[] WAITS_REASONS = reasons("track.obstacleWaits", "obstacleWaits.", Track.values());

	/** Reasons whose one argument is a small count (months under a year, channels), one per count. */
	private static final Reason[] YOUNG_REASONS = counted("phase.early.young", KEY + "phaseEarlyYoung",
			(int) PhaseAssessmentPolicy.MONTHS_ESTABLISHED);

	private static final Reason[] GRADUATED_REASONS = counted("phase.graduated", KEY + "phaseGraduated",
			SALES_CHANNELS + 1);

	private static final Reason[] MARKETING_REASONS = counted("step.P5.recognised", KEY + "marketingRecognised",
			SALES_CHANNELS + 1);

	private static final Reason[] FEW_CHANNELS_REASONS = counted("track.marketing.channels",
			KEY + "trackMarketingFewChannels", PhaseAssessmentPolicy.MARKETING_CHANNELS);

	private PolicyReasons() {
	}

	private static Reason[] reasons(String rule, String keyPrefix, Enum<?>[] values) {
		Reason[] reasons = new Reason[values.length];
		for (Enum<?> value : values) {
			reasons[value.ordinal()] = Reason.of(rule, KEY + keyPrefix + value.name());
		}
		return reasons;
	}

	private static Reason[] counted(String rule, String key, int counts) {
		Reason[] reasons = new Reason[counts];
		for (int count = 0; count < counts; count++) {
			reasons[count] = Reason.of(rule, key, Integer.toString(count));
		}
		return reasons;
	}

	/** Running for fewer months than an established business (under 12). */
	static Reason young(long months) {
		return YOUNG_REASONS[(int) months];
	}

	static Reason scalingBySales(long months, long monthlySales) {
		return Reason.of("phase.scaling.sales", KEY + "phaseScalingBySales", count(months), rupiah(monthlySales));
	}

	static Reason scalingByEmployees(long months, int employees) {
		return Reason.of("phase.scaling.employees", KEY + "phaseScalingByEmployees", count(months), count(employees));
	}

	static Reason graduated(int channels) {
		return GRADUATED_REASONS[channels];
	}

	static Reason sizeByCapital(long capital) {
		return Reason.of("size.capital", KEY + "sizeByCapital", rupiah(capital));
	}

	static Reason sizeByAnnualSales(long monthlySales) {
		return Reason.of("size.sales", KEY + "sizeByAnnualSales", rupiah(monthlySales * 12), rupiah(monthlySales));
	}

	static Reason stepCompleted(StepCode step) {
		return COMPLETED_REASONS[step.ordinal()];
	}

	/** P2 recognised for a business running since the given month ("2023-04"). */
	static Reason trainingRecognised(String since) {
		return Reason.of("step.P2.recognised", KEY + "trainingRecognised", since);
	}

	/** P4 still needed although licences are declared, naming them: they count once an officer verifies them. */
	static Reason licencesDeclared(String licences) {
		return Reason.of("step.P4.declared", KEY + "licencesDeclared", licences);
	}

	static Reason marketingRecognised(int channels) {
		return MARKETING_REASONS[channels];
	}

	/** Too few channels (fewer than the policy's 2). */
	static Reason fewChannels(int channels) {
		return FEW_CHANNELS_REASONS[channels];
	}

	static Reason trackFromObstacle(MainObstacle obstacle) {
		return OBSTACLE_REASONS[obstacle.ordinal()];
	}

	static Reason obstacleWaits(Track need) {
		return WAITS_REASONS[need.ordinal()];
	}

	static Reason stuck(long months) {
		return Reason.of("priority.stuck", KEY + "priorityStuck", count(months));
	}

}
