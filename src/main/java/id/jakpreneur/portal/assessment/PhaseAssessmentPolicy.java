package id.jakpreneur.portal.assessment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import id.jakpreneur.portal.assessment.FixedList.Builder;
import id.jakpreneur.portal.entrepreneur.BusinessStage;
import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.entrepreneur.SalesChannel;
import id.jakpreneur.portal.entrepreneur.Sector;

/**
 * The programme's asymmetric approach as one pure function: it looks at a business and says which phase it is in,
 * which steps it still needs and which it may skip, and where mentoring should start. It has no state, touches no
 * database and reads no clock (the day of assessment is part of the input), so the same answers always give the same
 * result and a stored result can be replayed. Every rule that fires adds a {@link Reason} that is shown to the
 * entrepreneur. Change the rules only together with {@link #VERSION}.
 *
 * <p>
 * Rules of version 2026.1 ("months running" counts whole months from the start of the business to the assessment):
 * <ol>
 * <li><b>Size class</b> (PP 7/2021 art. 35): a new business (an idea, or running less than 12 months) is classed by
 * capital excluding land and buildings, a running one by annual sales (monthly sales &times; 12). Upper bounds are
 * inclusive. A business above menengah is BESAR, no longer a UMKM.</li>
 * <li><b>IDEA</b>: the stage is IDEA, or no start date is known.</li>
 * <li><b>EARLY</b>: running less than 12 months, or not selling regularly, or selling regularly without an NIB (a
 * missing licence keeps a business in the early phase however long it has sold).</li>
 * <li><b>GROWING</b>: running 12 months or more, selling regularly, holding an NIB.</li>
 * <li><b>SCALING</b>: GROWING, and books kept, and business money separated, and monthly sales of at least
 * Rp 15,000,000 or at least 3 employees, and running 24 months or more.</li>
 * <li><b>GRADUATED</b>: SCALING, and size class KECIL or larger, and formal credit used before, and selling through
 * 3 or more channels.</li>
 * <li><b>Previous phase</b>: above the previous assessment's phase is naik kelas, below it is a regression.</li>
 * <li><b>P1 Pendaftaran</b> is always completed: the business has registered.</li>
 * <li><b>P2 Pelatihan</b> is recognised for a running business of 12 months or more that sells regularly (naik kelas
 * participants skip the basic classes).</li>
 * <li><b>P3 Pendampingan</b> is always needed until completed: every participant gets a mentor.</li>
 * <li><b>P4 Perizinan</b> is recognised when the business holds an NIB and, for kuliner, an SPP-IRT or BPOM
 * registration too; the evidence names every licence held with its number.</li>
 * <li><b>P5 Pemasaran</b> is recognised when the business sells regularly through a marketplace, through resellers
 * or through 2 or more channels.</li>
 * <li><b>P6 Pelaporan keuangan</b> is recognised when books are kept and business money is separated.</li>
 * <li><b>P7 Permodalan</b> is recognised when the business has used formal credit.</li>
 * <li><b>Completed steps</b>: a step completed inside the programme is COMPLETED, whatever the rules above say.</li>
 * <li><b>Product advice</b> (does not change the phase or track): a product business (not jasa) without packaging,
 * with packaging but without a label, or a kuliner producer who does not know the shelf life, is told so, because
 * SPP-IRT and the curation of DKI outlets ask for them.</li>
 * <li><b>Track</b>, the first basic need that applies: an idea goes to IDEA_TO_BUSINESS; no NIB, or kuliner without
 * SPP-IRT or BPOM, to LEGALITY_AND_STANDARDS; books not kept or money not separated to FINANCE_AND_BOOKKEEPING; not
 * selling regularly, fewer than 2 channels or no online presence to MARKETING_AND_DIGITAL. With no basic need left: a
 * declared main obstacle picks its track; otherwise SCALING without credit goes to CAPITAL_ACCESS, SCALING or
 * GRADUATED to EXPANSION, and the rest to MARKETING_AND_DIGITAL to grow sales.</li>
 * <li><b>Main obstacle</b>: it overrides a basic need only when its track is more basic still (CAPITAL maps to
 * CAPITAL_ACCESS, MARKETING to MARKETING_AND_DIGITAL, LICENSING and PRODUCTION to LEGALITY_AND_STANDARDS, BOOKKEEPING
 * to FINANCE_AND_BOOKKEEPING). Otherwise the need stays first and the entrepreneur is told why, e.g. licences come
 * before a loan.</li>
 * <li><b>Priority</b>: HIGH when the phase regressed, for an idea, or for a business stuck in EARLY for more than 24
 * months; otherwise LOW for SCALING and GRADUATED, and MEDIUM for the rest.</li>
 * </ol>
 */
public final class PhaseAssessmentPolicy {

	/** Version of the rules above; stored with every result. */
	public static final String VERSION = "2026.1";

	private static final String KEY = "assessment.reason.";

	private static final long MONTHS_ESTABLISHED = SizeClass.MONTHS_TO_BE_ESTABLISHED;

	private static final long MONTHS_STEADY = 24;

	private static final long SCALING_MONTHLY_SALES = 15_000_000L;

	private static final int SCALING_EMPLOYEES = 3;

	private static final int MARKETING_CHANNELS = 2;

	private static final int GRADUATION_CHANNELS = 3;

	/** Tracks from the most basic need to the most advanced; a main obstacle may not jump ahead of a basic need. */
	private static final List<Track> BASIC_FIRST = List.of(Track.IDEA_TO_BUSINESS, Track.LEGALITY_AND_STANDARDS,
			Track.FINANCE_AND_BOOKKEEPING, Track.MARKETING_AND_DIGITAL, Track.CAPITAL_ACCESS, Track.EXPANSION);

	/** Sectors that sell a physical product, so packaging and labels matter. */
	private static final Set<Sector> PRODUCT_SECTORS = EnumSet.of(Sector.KULINER, Sector.FESYEN, Sector.KRIYA,
			Sector.AGRIBISNIS);

	/** Room for the reasons of a typical assessment, so the list does not grow while the rules fire. */
	private static final int EXPECTED_REASONS = 20;

	private static final StepCode[] STEPS = StepCode.values();

	private static final LicenceType[] LICENCE_TYPES = LicenceType.values();

	private static final SalesChannel[] SALES_CHANNELS = SalesChannel.values();

	/** Outcomes that carry no evidence are the same for every business, so they are made once. */
	private static final StepOutcome[] NEEDED = new StepOutcome[STEPS.length];

	private static final StepOutcome[] COMPLETED = new StepOutcome[STEPS.length];

	private static final Reason[] COMPLETED_REASONS = new Reason[STEPS.length];

	// Reasons without arguments are the same for every business, so they are made once (as the outcomes above).

	private static final Reason PHASE_IDEA = Reason.of("phase.idea", KEY + "phaseIdea");

	private static final Reason PHASE_GROWING = Reason.of("phase.growing", KEY + "phaseGrowing");

	private static final Reason PHASE_EARLY_NOT_SELLING_REGULARLY =
			Reason.of("phase.early.notSellingRegularly", KEY + "phaseEarlyNotSellingRegularly");

	private static final Reason PHASE_EARLY_LICENCE_MISSING =
			Reason.of("phase.early.licenceMissing", KEY + "phaseEarlyLicenceMissing");

	private static final Reason PHASE_UP = Reason.of("phase.up", KEY + "phaseUp");

	private static final Reason PHASE_DOWN = Reason.of("phase.down", KEY + "phaseDown");

	private static final Reason SIZE_ABOVE_UMKM = Reason.of("size.aboveUmkm", KEY + "sizeAboveUmkm");

	private static final Reason STEP_P1_REGISTERED = Reason.of("step.P1.registered", KEY + "registered");

	private static final Reason STEP_P3_NEEDED = Reason.of("step.P3.needed", KEY + "mentoringNeeded");

	private static final Reason STEP_P4_NIB_MISSING = Reason.of("step.P4.nibMissing", KEY + "nibMissing");

	private static final Reason STEP_P4_FOOD_LICENCE_MISSING =
			Reason.of("step.P4.foodLicenceMissing", KEY + "foodLicenceMissing");

	private static final Reason STEP_P6_RECOGNISED = Reason.of("step.P6.recognised", KEY + "bookkeepingRecognised");

	private static final Reason STEP_P7_RECOGNISED = Reason.of("step.P7.recognised", KEY + "creditRecognised");

	private static final Reason ADVICE_PACKAGING = Reason.of("advice.packaging", KEY + "packagingMissing");

	private static final Reason ADVICE_LABEL = Reason.of("advice.label", KEY + "labelMissing");

	private static final Reason ADVICE_SHELF_LIFE = Reason.of("advice.shelfLife", KEY + "shelfLifeUnknown");

	private static final Reason TRACK_CAPITAL = Reason.of("track.capital", KEY + "trackCapital");

	private static final Reason TRACK_EXPANSION = Reason.of("track.expansion", KEY + "trackExpansion");

	private static final Reason TRACK_GROW_SALES = Reason.of("track.growSales", KEY + "trackGrowSales");

	private static final Reason TRACK_IDEA = Reason.of("track.idea", KEY + "trackIdea");

	private static final Reason TRACK_LEGALITY_NIB = Reason.of("track.legality.nib", KEY + "trackLegalityNoNib");

	private static final Reason TRACK_LEGALITY_FOOD =
			Reason.of("track.legality.food", KEY + "trackLegalityFoodLicence");

	private static final Reason TRACK_FINANCE_BOOKS = Reason.of("track.finance.books", KEY + "trackFinanceNoBooks");

	private static final Reason TRACK_FINANCE_MONEY = Reason.of("track.finance.money", KEY + "trackFinanceMixedMoney");

	private static final Reason TRACK_MARKETING_IRREGULAR =
			Reason.of("track.marketing.irregular", KEY + "trackMarketingIrregular");

	private static final Reason TRACK_MARKETING_OFFLINE =
			Reason.of("track.marketing.offline", KEY + "trackMarketingOffline");

	private static final Reason PRIORITY_REGRESSED = Reason.of("priority.regressed", KEY + "priorityRegressed");

	private static final Reason PRIORITY_IDEA = Reason.of("priority.idea", KEY + "priorityIdea");

	private static final Reason PRIORITY_INDEPENDENT = Reason.of("priority.independent", KEY + "priorityIndependent");

	private static final Reason PRIORITY_NORMAL = Reason.of("priority.normal", KEY + "priorityNormal");

	/** Reasons that name the main obstacle or the waiting need, one per value, made once like the others. */
	private static final Reason[] OBSTACLE_REASONS = reasons("track.obstacle", "trackFromObstacle.",
			MainObstacle.values());

	private static final Reason[] WAITS_REASONS = reasons("track.obstacleWaits", "obstacleWaits.", Track.values());

	/** Reasons whose one argument is a small count (months under a year, channels), made once per count. */
	private static final Reason[] YOUNG_REASONS = counted("phase.early.young", KEY + "phaseEarlyYoung",
			(int) MONTHS_ESTABLISHED);

	private static final Reason[] GRADUATED_REASONS = counted("phase.graduated", KEY + "phaseGraduated",
			SALES_CHANNELS.length + 1);

	private static final Reason[] MARKETING_REASONS = counted("step.P5.recognised", KEY + "marketingRecognised",
			SALES_CHANNELS.length + 1);

	private static final Reason[] FEW_CHANNELS_REASONS = counted("track.marketing.channels",
			KEY + "trackMarketingFewChannels", MARKETING_CHANNELS);

	/** Outcomes whose evidence is the same for every business that earns them, made once. */
	private static final StepOutcome BOOKKEEPING_RECOGNISED = new StepOutcome(StepCode.P6, StepStatus.RECOGNISED,
			"pembukuan rutin, uang usaha terpisah");

	private static final StepOutcome CREDIT_RECOGNISED = new StepOutcome(StepCode.P7, StepStatus.RECOGNISED,
			"pernah memperoleh kredit");

	static {
		for (StepCode step : STEPS) {
			NEEDED[step.ordinal()] = new StepOutcome(step, StepStatus.NEEDED, null);
			COMPLETED[step.ordinal()] = new StepOutcome(step, StepStatus.COMPLETED, null);
			COMPLETED_REASONS[step.ordinal()] = Reason.of("step." + step + ".completed", KEY + "stepCompleted." + step);
		}
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

	/** Assesses one business; never returns {@code null}. */
	public AssessmentResult assess(AssessmentInput in) {
		Objects.requireNonNull(in, "in");
		Builder<Reason> reasons = new Builder<>(new Reason[EXPECTED_REASONS]);
		long months = monthsRunning(in);
		SizeClass size = sizeClassOf(in, months);
		Phase phase = phase(in, months, size, reasons);
		explainSizeClass(in, months, size, reasons);
		boolean naikKelas = in.previousPhase() != null && phase.isAbove(in.previousPhase());
		boolean regressed = in.previousPhase() != null && in.previousPhase().isAbove(phase);
		comparePrevious(naikKelas, regressed, reasons);
		List<StepOutcome> steps = steps(in, months, reasons);
		productAdvice(in, phase, reasons);
		Track track = track(in, phase, reasons);
		Priority priority = priority(phase, months, regressed, reasons);
		return new AssessmentResult(phase, size, steps, track, priority, reasons.build(), VERSION, naikKelas, regressed);
	}

	// ------------------------------------------------------------------------------------------------ phase

	private static Phase phase(AssessmentInput in, long months, SizeClass size, Builder<Reason> reasons) {
		if (isIdea(in)) {
			reasons.add(PHASE_IDEA);
			return Phase.IDEA;
		}
		if (isEarly(in, months, reasons)) {
			return Phase.EARLY;
		}
		reasons.add(PHASE_GROWING);
		if (!isScaling(in, months, reasons)) {
			return Phase.GROWING;
		}
		if (!isGraduated(in, size, reasons)) {
			return Phase.SCALING;
		}
		return Phase.GRADUATED;
	}

	private static boolean isIdea(AssessmentInput in) {
		return in.stage() == BusinessStage.IDEA || in.runningSince() == null;
	}

	/** Checks every early-phase condition, so the entrepreneur sees all that holds the business back. */
	private static boolean isEarly(AssessmentInput in, long months, Builder<Reason> reasons) {
		boolean early = false;
		if (months < MONTHS_ESTABLISHED) {
			reasons.add(YOUNG_REASONS[(int) months]);
			early = true;
		}
		if (!in.sellsRegularly()) {
			reasons.add(PHASE_EARLY_NOT_SELLING_REGULARLY);
			early = true;
		}
		else if (!in.holds(LicenceType.NIB)) {
			reasons.add(PHASE_EARLY_LICENCE_MISSING);
			early = true;
		}
		return early;
	}

	private static boolean isScaling(AssessmentInput in, long months, Builder<Reason> reasons) {
		if (!in.keepsBooks() || !in.separatesMoney() || months < MONTHS_STEADY) {
			return false;
		}
		if (in.monthlySales() >= SCALING_MONTHLY_SALES) {
			reasons.add(Reason.of("phase.scaling.sales", KEY + "phaseScalingBySales", count(months),
					rupiah(in.monthlySales())));
			return true;
		}
		if (in.employees() >= SCALING_EMPLOYEES) {
			reasons.add(Reason.of("phase.scaling.employees", KEY + "phaseScalingByEmployees", count(months),
					count(in.employees())));
			return true;
		}
		return false;
	}

	private static boolean isGraduated(AssessmentInput in, SizeClass size, Builder<Reason> reasons) {
		if (size.isAtLeast(SizeClass.KECIL) && in.hadCredit() && in.channelCount() >= GRADUATION_CHANNELS) {
			reasons.add(GRADUATED_REASONS[in.channelCount()]);
			return true;
		}
		return false;
	}

	private static void comparePrevious(boolean naikKelas, boolean regressed, Builder<Reason> reasons) {
		if (naikKelas) {
			reasons.add(PHASE_UP);
		}
		if (regressed) {
			reasons.add(PHASE_DOWN);
		}
	}

	/** Whole months from the start of the business to the assessment; 0 for an idea. */
	private static long monthsRunning(AssessmentInput in) {
		return in.runningSince() == null ? 0 : ChronoUnit.MONTHS.between(in.runningSince(), in.assessedOn());
	}

	// ------------------------------------------------------------------------------------------------ size class

	/** PP 7/2021: an idea or a business running under a year is classed by capital, the others by annual sales. */
	private static boolean classedByCapital(AssessmentInput in, long months) {
		return isIdea(in) || months < MONTHS_ESTABLISHED;
	}

	private static SizeClass sizeClassOf(AssessmentInput in, long months) {
		return classedByCapital(in, months) ? SizeClass.ofCapital(in.capital())
				: SizeClass.ofAnnualSales(in.monthlySales() * 12);
	}

	private static void explainSizeClass(AssessmentInput in, long months, SizeClass size, Builder<Reason> reasons) {
		if (classedByCapital(in, months)) {
			reasons.add(Reason.of("size.capital", KEY + "sizeByCapital", rupiah(in.capital())));
		}
		else {
			reasons.add(Reason.of("size.sales", KEY + "sizeByAnnualSales", rupiah(in.monthlySales() * 12),
					rupiah(in.monthlySales())));
		}
		if (!size.isUmkm()) {
			reasons.add(SIZE_ABOVE_UMKM);
		}
	}

	// ------------------------------------------------------------------------------------------------ steps

	private static List<StepOutcome> steps(AssessmentInput in, long months, Builder<Reason> reasons) {
		StepOutcome[] steps = new StepOutcome[STEPS.length];
		for (StepCode step : STEPS) {
			steps[step.ordinal()] = step(in, step, months, reasons);
		}
		return FixedList.of(steps);
	}

	/** A step completed inside the programme stays completed; the rules below only decide the others. */
	private static StepOutcome step(AssessmentInput in, StepCode step, long months, Builder<Reason> reasons) {
		if (step != StepCode.P1 && in.hasCompleted(step)) {
			reasons.add(COMPLETED_REASONS[step.ordinal()]);
			return COMPLETED[step.ordinal()];
		}
		return switch (step) {
			case P1 -> registration(reasons);
			case P2 -> training(in, months, reasons);
			case P3 -> mentoring(reasons);
			case P4 -> licensing(in, reasons);
			case P5 -> marketing(in, reasons);
			case P6 -> financialReporting(in, reasons);
			case P7 -> capital(in, reasons);
		};
	}

	private static StepOutcome registration(Builder<Reason> reasons) {
		reasons.add(STEP_P1_REGISTERED);
		return COMPLETED[StepCode.P1.ordinal()];
	}

	/** Naik kelas: a business that has sold regularly for a year already knows what the basic classes teach. */
	private static StepOutcome training(AssessmentInput in, long months, Builder<Reason> reasons) {
		if (in.stage() == BusinessStage.RUNNING && in.runningSince() != null && months >= MONTHS_ESTABLISHED
				&& in.sellsRegularly()) {
			Recognition training = trainingRecognised(in.runningSince());
			reasons.add(training.reason());
			return training.outcome();
		}
		return needed(StepCode.P2);
	}

	/** A recognised step with the reason that says why. */
	private record Recognition(Reason reason, StepOutcome outcome) {
	}

	private static final int FIRST_CACHED_YEAR = 1970;

	/**
	 * P2 recognised for a business running since a given month, from 1970-01 to 2099-12, made on first use and kept:
	 * the same few hundred months recur across all businesses. Two threads racing on an empty slot only make the same
	 * immutable value twice.
	 */
	private static final Recognition[] TRAINING_RECOGNISED = new Recognition[(2100 - FIRST_CACHED_YEAR) * 12];

	private static Recognition trainingRecognised(LocalDate since) {
		int year = since.getYear();
		boolean cached = year >= FIRST_CACHED_YEAR && year < FIRST_CACHED_YEAR + TRAINING_RECOGNISED.length / 12;
		int month = cached ? (year - FIRST_CACHED_YEAR) * 12 + since.getMonthValue() - 1 : -1;
		Recognition recognition = cached ? TRAINING_RECOGNISED[month] : null;
		if (recognition == null) {
			String text = yearMonth(since);
			recognition = new Recognition(Reason.of("step.P2.recognised", KEY + "trainingRecognised", text),
					new StepOutcome(StepCode.P2, StepStatus.RECOGNISED, "usaha berjalan sejak " + text));
			if (cached) {
				TRAINING_RECOGNISED[month] = recognition;
			}
		}
		return recognition;
	}

	private static StepOutcome mentoring(Builder<Reason> reasons) {
		reasons.add(STEP_P3_NEEDED);
		return needed(StepCode.P3);
	}

	private static StepOutcome licensing(AssessmentInput in, Builder<Reason> reasons) {
		if (!in.holds(LicenceType.NIB)) {
			reasons.add(STEP_P4_NIB_MISSING);
			return needed(StepCode.P4);
		}
		if (lacksFoodLicence(in)) {
			reasons.add(STEP_P4_FOOD_LICENCE_MISSING);
			return needed(StepCode.P4);
		}
		String licences = licenceEvidence(in);
		reasons.add(Reason.of("step.P4.recognised", KEY + "nibRecognised", licences));
		return new StepOutcome(StepCode.P4, StepStatus.RECOGNISED, licences);
	}

	private static StepOutcome marketing(AssessmentInput in, Builder<Reason> reasons) {
		int channels = in.channelCount();
		boolean reaches = in.sellsThrough(SalesChannel.MARKETPLACE) || in.sellsThrough(SalesChannel.RESELLER)
				|| channels >= MARKETING_CHANNELS;
		if (in.sellsRegularly() && reaches) {
			reasons.add(MARKETING_REASONS[channels]);
			return CHANNELS_RECOGNISED[in.channelBits()];
		}
		return needed(StepCode.P5);
	}

	private static StepOutcome financialReporting(AssessmentInput in, Builder<Reason> reasons) {
		if (in.keepsBooks() && in.separatesMoney()) {
			reasons.add(STEP_P6_RECOGNISED);
			return BOOKKEEPING_RECOGNISED;
		}
		return needed(StepCode.P6);
	}

	private static StepOutcome capital(AssessmentInput in, Builder<Reason> reasons) {
		if (in.hadCredit()) {
			reasons.add(STEP_P7_RECOGNISED);
			return CREDIT_RECOGNISED;
		}
		return needed(StepCode.P7);
	}

	private static StepOutcome needed(StepCode step) {
		return NEEDED[step.ordinal()];
	}

	private static boolean lacksFoodLicence(AssessmentInput in) {
		return in.sector() == Sector.KULINER && !in.holds(LicenceType.SPP_IRT) && !in.holds(LicenceType.BPOM);
	}

	/** Every licence held, in a fixed order, each with its number when known: "NIB 912..., SPP-IRT 209...". */
	private static String licenceEvidence(AssessmentInput in) {
		StringBuilder text = new StringBuilder(48);
		for (LicenceType licence : LICENCE_TYPES) {
			if (in.holds(licence)) {
				if (!text.isEmpty()) {
					text.append(", ");
				}
				text.append(licence.documentName());
				String number = in.licenceNumber(licence).strip();
				if (!number.isEmpty()) {
					text.append(' ').append(number);
				}
			}
		}
		return text.toString();
	}

	/**
	 * P5 recognised, with the channels as evidence in a fixed order ("MARKETPLACE, RESELLER"), made once for each of
	 * the 16 combinations of channels.
	 */
	private static final StepOutcome[] CHANNELS_RECOGNISED = new StepOutcome[1 << SALES_CHANNELS.length];

	static {
		for (int combination = 0; combination < CHANNELS_RECOGNISED.length; combination++) {
			StringBuilder text = new StringBuilder();
			for (SalesChannel channel : SALES_CHANNELS) {
				if ((combination & 1 << channel.ordinal()) != 0) {
					text.append(text.isEmpty() ? "" : ", ").append(channel.name());
				}
			}
			CHANNELS_RECOGNISED[combination] = new StepOutcome(StepCode.P5, StepStatus.RECOGNISED, text.toString());
		}
	}

	// ------------------------------------------------------------------------------------------------ product advice

	private static void productAdvice(AssessmentInput in, Phase phase, Builder<Reason> reasons) {
		if (phase == Phase.IDEA || !PRODUCT_SECTORS.contains(in.sector())) {
			return;
		}
		if (!in.hasPackaging()) {
			reasons.add(ADVICE_PACKAGING);
		}
		else if (!in.hasLabel()) {
			reasons.add(ADVICE_LABEL);
		}
		if (in.sector() == Sector.KULINER && !in.knowsShelfLife()) {
			reasons.add(ADVICE_SHELF_LIFE);
		}
	}

	// ------------------------------------------------------------------------------------------------ track

	private static Track track(AssessmentInput in, Phase phase, Builder<Reason> reasons) {
		Track need = basicNeed(in, phase, reasons);
		Track wanted = obstacleTrack(in.mainObstacle());
		if (need != null) {
			return needOrObstacle(in, need, wanted, reasons);
		}
		if (wanted != null) {
			reasons.add(OBSTACLE_REASONS[in.mainObstacle().ordinal()]);
			return wanted;
		}
		if (phase == Phase.SCALING && !in.hadCredit()) {
			reasons.add(TRACK_CAPITAL);
			return Track.CAPITAL_ACCESS;
		}
		if (phase.isAbove(Phase.GROWING)) {
			reasons.add(TRACK_EXPANSION);
			return Track.EXPANSION;
		}
		reasons.add(TRACK_GROW_SALES);
		return Track.MARKETING_AND_DIGITAL;
	}

	/** The first basic need that applies, with its reason, or {@code null} when none is left. */
	private static Track basicNeed(AssessmentInput in, Phase phase, Builder<Reason> reasons) {
		if (phase == Phase.IDEA) {
			reasons.add(TRACK_IDEA);
			return Track.IDEA_TO_BUSINESS;
		}
		if (!in.holds(LicenceType.NIB)) {
			reasons.add(TRACK_LEGALITY_NIB);
			return Track.LEGALITY_AND_STANDARDS;
		}
		if (lacksFoodLicence(in)) {
			reasons.add(TRACK_LEGALITY_FOOD);
			return Track.LEGALITY_AND_STANDARDS;
		}
		if (!in.keepsBooks()) {
			reasons.add(TRACK_FINANCE_BOOKS);
			return Track.FINANCE_AND_BOOKKEEPING;
		}
		if (!in.separatesMoney()) {
			reasons.add(TRACK_FINANCE_MONEY);
			return Track.FINANCE_AND_BOOKKEEPING;
		}
		if (!in.sellsRegularly()) {
			reasons.add(TRACK_MARKETING_IRREGULAR);
			return Track.MARKETING_AND_DIGITAL;
		}
		if (in.channelCount() < MARKETING_CHANNELS) {
			reasons.add(FEW_CHANNELS_REASONS[in.channelCount()]);
			return Track.MARKETING_AND_DIGITAL;
		}
		if (!in.hasDigitalPresence()) {
			reasons.add(TRACK_MARKETING_OFFLINE);
			return Track.MARKETING_AND_DIGITAL;
		}
		return null;
	}

	/**
	 * A declared obstacle wins over a basic need only when it is more basic still; otherwise the need stays first and
	 * the entrepreneur is told why the obstacle waits (a bank asks for an NIB and books before a loan).
	 */
	private static Track needOrObstacle(AssessmentInput in, Track need, Track wanted, Builder<Reason> reasons) {
		if (wanted == null || wanted == need) {
			return need;
		}
		if (BASIC_FIRST.indexOf(wanted) < BASIC_FIRST.indexOf(need)) {
			reasons.add(OBSTACLE_REASONS[in.mainObstacle().ordinal()]);
			return wanted;
		}
		reasons.add(WAITS_REASONS[need.ordinal()]);
		return need;
	}

	/** The track that addresses a declared obstacle; {@code null} for NONE. */
	private static Track obstacleTrack(MainObstacle obstacle) {
		return switch (obstacle) {
			case CAPITAL -> Track.CAPITAL_ACCESS;
			case MARKETING -> Track.MARKETING_AND_DIGITAL;
			case LICENSING, PRODUCTION -> Track.LEGALITY_AND_STANDARDS;
			case BOOKKEEPING -> Track.FINANCE_AND_BOOKKEEPING;
			case NONE -> null;
		};
	}

	// ------------------------------------------------------------------------------------------------ priority

	/** Every HIGH condition that holds is reported, so an officer sees all reasons to act first. */
	private static Priority priority(Phase phase, long months, boolean regressed, Builder<Reason> reasons) {
		boolean high = false;
		if (regressed) {
			reasons.add(PRIORITY_REGRESSED);
			high = true;
		}
		if (phase == Phase.IDEA) {
			reasons.add(PRIORITY_IDEA);
			high = true;
		}
		if (phase == Phase.EARLY && months > MONTHS_STEADY) {
			reasons.add(Reason.of("priority.stuck", KEY + "priorityStuck", count(months)));
			high = true;
		}
		if (high) {
			return Priority.HIGH;
		}
		if (phase.isAbove(Phase.GROWING)) {
			reasons.add(PRIORITY_INDEPENDENT);
			return Priority.LOW;
		}
		reasons.add(PRIORITY_NORMAL);
		return Priority.MEDIUM;
	}

	// ------------------------------------------------------------------------------------------------ formatting

	/** Counts up to 1,199 printed once: months of running, channels and employees are in most assessments' reasons. */
	private static final String[] COUNTS = new String[1200];

	static {
		for (int i = 0; i < COUNTS.length; i++) {
			COUNTS[i] = Integer.toString(i);
		}
	}

	private static String count(long count) {
		return count >= 0 && count < COUNTS.length ? COUNTS[(int) count] : Long.toString(count);
	}

	/** "2023-04": a month as the reasons print it (by hand: a DateTimeFormatter was a tenth of an assessment). */
	private static String yearMonth(LocalDate day) {
		int month = day.getMonthValue();
		return day.getYear() + (month < 10 ? "-0" : "-") + month;
	}

	/** "000" to "999": the groups of three digits after the first, printed once. */
	private static final String[] GROUPS = new String[1000];

	static {
		for (int i = 0; i < GROUPS.length; i++) {
			GROUPS[i] = (i < 10 ? "00" : i < 100 ? "0" : "") + i;
		}
	}

	/**
	 * Rupiah as written in Indonesia, the same in both languages: "Rp 1.000.000.000". Written by hand from groups of
	 * three digits in one concatenation: a {@code String.format} here built a new DecimalFormatSymbols per call and
	 * cost most of an assessment, and a digit-by-digit loop still cost a tenth of one.
	 */
	static String rupiah(long amount) {
		if (amount < 0) {
			throw new IllegalArgumentException("amounts are never negative: " + amount);
		}
		if (amount < 1_000) {
			return "Rp " + count(amount);
		}
		String ones = GROUPS[(int) (amount % 1_000)];
		long rest = amount / 1_000;
		if (rest < 1_000) {
			return "Rp " + count(rest) + "." + ones;
		}
		String thousands = GROUPS[(int) (rest % 1_000)];
		rest /= 1_000;
		if (rest < 1_000) {
			return "Rp " + count(rest) + "." + thousands + "." + ones;
		}
		String millions = GROUPS[(int) (rest % 1_000)];
		rest /= 1_000;
		if (rest < 1_000) {
			return "Rp " + count(rest) + "." + millions + "." + thousands + "." + ones;
		}
		String billions = GROUPS[(int) (rest % 1_000)];
		rest /= 1_000;
		if (rest < 1_000) {
			return "Rp " + count(rest) + "." + billions + "." + millions + "." + thousands + "." + ones;
		}
		return rupiah(rest).concat("." + billions + "." + millions + "." + thousands + "." + ones);
	}

}
