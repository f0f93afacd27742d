package id.jakpreneur.portal.assessment.policy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import id.jakpreneur.portal.assessment.Phase;
import id.jakpreneur.portal.assessment.StepCode;
import id.jakpreneur.portal.entrepreneur.BusinessStage;
import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.entrepreneur.SalesChannel;
import id.jakpreneur.portal.entrepreneur.Sector;

/**
 * What the policy looks at: the answers of one assessment, as of one day. Validated here so that the policy itself
 * never has to guard against nulls or impossible figures. Immutable; the licences, channels and completed steps are
 * also kept as bit sets, so the policy's many questions about them ("holds an NIB?", "sells on a marketplace?") are
 * answered without a hash lookup (those lookups were a quarter of an assessment's time).
 */
public final class AssessmentInput {

	/** Monthly sales above this would overflow when turned into annual sales. */
	private static final long MAX_MONTHLY_SALES = Long.MAX_VALUE / 12;

	private final BusinessStage stage;

	private final LocalDate runningSince;

	private final LocalDate assessedOn;

	private final Sector sector;

	private final boolean sellsRegularly;

	private final long monthlySales;

	private final long capital;

	private final int employees;

	private final Map<LicenceType, String> licences;

	private final boolean hasPackaging;

	private final boolean hasLabel;

	private final boolean knowsShelfLife;

	private final Set<SalesChannel> channels;

	private final boolean keepsBooks;

	private final boolean separatesMoney;

	private final boolean hadCredit;

	private final boolean hasDigitalPresence;

	private final MainObstacle mainObstacle;

	private final Set<StepCode> completedSteps;

	private final Phase previousPhase;

	private static final int LICENCE_TYPES = LicenceType.values().length;

	/** The licences' numbers by ordinal, {@code null} where not held. */
	private final String[] licenceNumbers = new String[LICENCE_TYPES];

	/** Bit {@code 1 << ordinal} set for every channel used, every step completed. */
	private final int channelBits;

	private final int completedBits;

	/**
	 * The answers, validated and copied.
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
	public AssessmentInput(BusinessStage stage, LocalDate runningSince, LocalDate assessedOn, Sector sector,
			boolean sellsRegularly, long monthlySales, long capital, int employees, Map<LicenceType, String> licences,
			boolean hasPackaging, boolean hasLabel, boolean knowsShelfLife, Set<SalesChannel> channels,
			boolean keepsBooks, boolean separatesMoney, boolean hadCredit, boolean hasDigitalPresence,
			MainObstacle mainObstacle, Set<StepCode> completedSteps, Phase previousPhase) {
		this.stage = Objects.requireNonNull(stage, "stage");
		this.assessedOn = Objects.requireNonNull(assessedOn, "assessedOn");
		this.sector = Objects.requireNonNull(sector, "sector");
		this.mainObstacle = Objects.requireNonNull(mainObstacle, "mainObstacle");
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
		this.runningSince = runningSince;
		this.sellsRegularly = sellsRegularly;
		this.monthlySales = monthlySales;
		this.capital = capital;
		this.employees = employees;
		this.licences = Map.copyOf(Objects.requireNonNull(licences, "licences"));
		this.hasPackaging = hasPackaging;
		this.hasLabel = hasLabel;
		this.knowsShelfLife = knowsShelfLife;
		this.channels = Set.copyOf(Objects.requireNonNull(channels, "channels"));
		this.keepsBooks = keepsBooks;
		this.separatesMoney = separatesMoney;
		this.hadCredit = hadCredit;
		this.hasDigitalPresence = hasDigitalPresence;
		this.completedSteps = Set.copyOf(Objects.requireNonNull(completedSteps, "completedSteps"));
		this.previousPhase = previousPhase;
		this.licences.forEach((licence, number) -> licenceNumbers[licence.ordinal()] = number);
		this.channelBits = bits(this.channels);
		this.completedBits = bits(this.completedSteps);
	}

	private static int bits(Set<? extends Enum<?>> values) {
		int bits = 0;
		for (Enum<?> value : values) {
			bits |= 1 << value.ordinal();
		}
		return bits;
	}

	/** Whether the licence is held, with or without a known number. */
	public boolean holds(LicenceType licence) {
		return licenceNumbers[licence.ordinal()] != null;
	}

	/** The licence's number, {@code ""} when held without a known number, {@code null} when not held. */
	public String licenceNumber(LicenceType licence) {
		return licenceNumbers[licence.ordinal()];
	}

	/** Whether the business sells through the channel today. */
	public boolean sellsThrough(SalesChannel channel) {
		return (channelBits & 1 << channel.ordinal()) != 0;
	}

	/** The channels the business sells through as bits, {@code 1 << ordinal} each. */
	int channelBits() {
		return channelBits;
	}

	/** How many channels the business sells through. */
	public int channelCount() {
		return Integer.bitCount(channelBits);
	}

	/** Whether the step was completed inside the programme. */
	public boolean hasCompleted(StepCode step) {
		return (completedBits & 1 << step.ordinal()) != 0;
	}

	public BusinessStage stage() {
		return stage;
	}

	public LocalDate runningSince() {
		return runningSince;
	}

	public LocalDate assessedOn() {
		return assessedOn;
	}

	public Sector sector() {
		return sector;
	}

	public boolean sellsRegularly() {
		return sellsRegularly;
	}

	public long monthlySales() {
		return monthlySales;
	}

	public long capital() {
		return capital;
	}

	public int employees() {
		return employees;
	}

	/** Licences held, each with its number or {@code ""}; immutable. */
	public Map<LicenceType, String> licences() {
		return licences;
	}

	public boolean hasPackaging() {
		return hasPackaging;
	}

	public boolean hasLabel() {
		return hasLabel;
	}

	public boolean knowsShelfLife() {
		return knowsShelfLife;
	}

	/** Channels the business sells through; immutable. */
	public Set<SalesChannel> channels() {
		return channels;
	}

	public boolean keepsBooks() {
		return keepsBooks;
	}

	public boolean separatesMoney() {
		return separatesMoney;
	}

	public boolean hadCredit() {
		return hadCredit;
	}

	public boolean hasDigitalPresence() {
		return hasDigitalPresence;
	}

	public MainObstacle mainObstacle() {
		return mainObstacle;
	}

	/** Steps completed inside the programme; immutable. */
	public Set<StepCode> completedSteps() {
		return completedSteps;
	}

	public Phase previousPhase() {
		return previousPhase;
	}

	@Override
	public String toString() {
		return "AssessmentInput[stage=" + stage + ", runningSince=" + runningSince + ", assessedOn=" + assessedOn
				+ ", sector=" + sector + ", sellsRegularly=" + sellsRegularly + ", monthlySales=" + monthlySales
				+ ", capital=" + capital + ", employees=" + employees + ", licences=" + licences.keySet()
				+ ", hasPackaging=" + hasPackaging + ", hasLabel=" + hasLabel + ", knowsShelfLife=" + knowsShelfLife
				+ ", channels=" + channels + ", keepsBooks=" + keepsBooks + ", separatesMoney=" + separatesMoney
				+ ", hadCredit=" + hadCredit + ", hasDigitalPresence=" + hasDigitalPresence + ", mainObstacle="
				+ mainObstacle + ", completedSteps=" + completedSteps + ", previousPhase=" + previousPhase + "]";
	}

}
