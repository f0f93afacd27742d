package id.jakpreneur.portal.assessment.policy;

import static id.jakpreneur.portal.assessment.policy.PolicyReasons.*;

import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import id.jakpreneur.portal.assessment.NextPhase;
import id.jakpreneur.portal.assessment.Phase;
import id.jakpreneur.portal.assessment.Priority;
import id.jakpreneur.portal.assessment.SizeClass;
import id.jakpreneur.portal.assessment.StepCode;
import id.jakpreneur.portal.assessment.StepOutcome;
import id.jakpreneur.portal.assessment.Track;
import id.jakpreneur.portal.assessment.policy.FixedList.Builder;
import id.jakpreneur.portal.entrepreneur.BusinessStage;
import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.entrepreneur.Sector;

/**
 * The programme's asymmetric approach as one pure function: it looks at a business and says which phase it is in,
 * which steps it still needs and which it may skip, and where mentoring should start. It has no state, touches no
 * database and reads no clock (the day of assessment is part of the input), so the same answers always give the same
 * result and a stored result can be replayed. Every rule that fires adds a {@link Reason} that is shown to the
 * entrepreneur. Change the rules only together with {@link #VERSION}. The speed machinery lives beside it: the reasons
 * and outcomes made once ({@link PolicyReasons}, {@link PolicyOutcomes}) and the printing of numbers and months
 * ({@link PolicyText}); the rules of the 7 steps are in {@link StepRules}.
 *
 * <p>
 * Rules of version 2026.2 ("months running" counts whole months from the start of the business to the assessment):
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
 * <li><b>P4 Perizinan</b> is never recognised (since 2026.2, issue 18): declared licences are the citizen's own
 * statement, so P4 stays needed until the licence register completes it with licences an officer verified; a
 * business that declares an NIB (and, for kuliner, an SPP-IRT or BPOM registration) is told that its licences count
 * once verified. 2026.1 recognised P4 from the declaration.</li>
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
 * <li><b>Override</b> ({@link OverridePlan}): an officer's phase and track replace the policy's, with the officer's
 * reason first; the steps, the size class, the product advice and the priority are those of the facts and of the
 * officer's phase; the track's focus steps come first in the plan ({@link #focus}).</li>
 * <li><b>Priority</b>: HIGH when the phase regressed, for an idea, or for a business stuck in EARLY for more than 24
 * months; otherwise LOW for SCALING and GRADUATED, and MEDIUM for the rest.</li>
 * </ol>
 */
public final class PhaseAssessmentPolicy {

	/** Version of the rules above; stored with every result. */
	public static final String VERSION = "2026.2";

	static final long MONTHS_ESTABLISHED = SizeClass.MONTHS_TO_BE_ESTABLISHED;

	static final long MONTHS_STEADY = 24;

	static final long SCALING_MONTHLY_SALES = 15_000_000L;

	static final int SCALING_EMPLOYEES = 3;

	static final int MARKETING_CHANNELS = 2;

	static final int GRADUATION_CHANNELS = 3;

	/** Tracks from the most basic need to the most advanced; a main obstacle may not jump ahead of a basic need. */
	private static final List<Track> BASIC_FIRST = List.of(Track.IDEA_TO_BUSINESS, Track.LEGALITY_AND_STANDARDS,
			Track.FINANCE_AND_BOOKKEEPING, Track.MARKETING_AND_DIGITAL, Track.CAPITAL_ACCESS, Track.EXPANSION);

	/** Sectors that sell a physical product, so packaging and labels matter. */
	private static final Set<Sector> PRODUCT_SECTORS = EnumSet.of(Sector.KULINER, Sector.FESYEN, Sector.KRIYA,
			Sector.AGRIBISNIS);

	/** Room for the reasons of a typical assessment, so the list does not grow while the rules fire. */
	private static final int EXPECTED_REASONS = 20;

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
		List<StepOutcome> steps = StepRules.steps(in, months, reasons);
		productAdvice(in, phase, reasons);
		Track track = track(in, phase, reasons);
		Priority priority = priority(phase, months, regressed, reasons);
		return new AssessmentResult(phase, size, steps, track, priority, reasons.build(), VERSION, naikKelas, regressed);
	}

	/**
	 * An officer's override of phase and/or track, planned by the policy (rule "Override"): steps and advice from the
	 * facts, the officer's phase and track with their reasons, the officer's words first.
	 */
	public AssessmentResult override(AssessmentInput in, Phase phase, Track track, String officerReason) {
		return OverridePlan.plan(Objects.requireNonNull(in, "in"), phase, track, officerReason);
	}

	/** What the next phase after {@code current} asks, each fact marked met or missing on these answers. */
	public NextPhase nextPhase(AssessmentInput in, Phase current) {
		return NextPhaseRules.of(Objects.requireNonNull(in, "in"), Objects.requireNonNull(current, "current"));
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

	static boolean isIdea(AssessmentInput in) {
		return in.stage() == BusinessStage.IDEA || in.runningSince() == null;
	}

	/** Checks every early-phase condition, so the entrepreneur sees all that holds the business back. */
	private static boolean isEarly(AssessmentInput in, long months, Builder<Reason> reasons) {
		boolean early = false;
		if (months < MONTHS_ESTABLISHED) {
			reasons.add(young(months));
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
			reasons.add(scalingBySales(months, in.monthlySales()));
			return true;
		}
		if (in.employees() >= SCALING_EMPLOYEES) {
			reasons.add(scalingByEmployees(months, in.employees()));
			return true;
		}
		return false;
	}

	private static boolean isGraduated(AssessmentInput in, SizeClass size, Builder<Reason> reasons) {
		if (size.isAtLeast(SizeClass.KECIL) && in.hadCredit() && in.channelCount() >= GRADUATION_CHANNELS) {
			reasons.add(graduated(in.channelCount()));
			return true;
		}
		return false;
	}

	static void comparePrevious(boolean naikKelas, boolean regressed, Builder<Reason> reasons) {
		if (naikKelas) {
			reasons.add(PHASE_UP);
		}
		if (regressed) {
			reasons.add(PHASE_DOWN);
		}
	}

	/** Whole months from the start of the business to the assessment; 0 for an idea. */
	static long monthsRunning(AssessmentInput in) {
		return in.runningSince() == null ? 0 : ChronoUnit.MONTHS.between(in.runningSince(), in.assessedOn());
	}

	// ------------------------------------------------------------------------------------------------ size class

	/** PP 7/2021: an idea or a business running under a year is classed by capital, the others by annual sales. */
	private static boolean classedByCapital(AssessmentInput in, long months) {
		return isIdea(in) || months < MONTHS_ESTABLISHED;
	}

	static SizeClass sizeClassOf(AssessmentInput in, long months) {
		return classedByCapital(in, months) ? SizeClass.ofCapital(in.capital())
				: SizeClass.ofAnnualSales(in.monthlySales() * 12);
	}

	static void explainSizeClass(AssessmentInput in, long months, SizeClass size, Builder<Reason> reasons) {
		if (classedByCapital(in, months)) {
			reasons.add(sizeByCapital(in.capital()));
		}
		else {
			reasons.add(sizeByAnnualSales(in.monthlySales()));
		}
		if (!size.isUmkm()) {
			reasons.add(SIZE_ABOVE_UMKM);
		}
	}

	// ------------------------------------------------------------------------------------------------ product advice

	static void productAdvice(AssessmentInput in, Phase phase, Builder<Reason> reasons) {
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
			reasons.add(trackFromObstacle(in.mainObstacle()));
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
		if (StepRules.lacksFoodLicence(in)) {
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
			reasons.add(fewChannels(in.channelCount()));
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
			reasons.add(trackFromObstacle(in.mainObstacle()));
			return wanted;
		}
		reasons.add(obstacleWaits(need));
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
	static Priority priority(Phase phase, long months, boolean regressed, Builder<Reason> reasons) {
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
			reasons.add(stuck(months));
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


	/**
	 * The steps a track works on first, in that order: the plan shows them, while still needed, right after P1
	 * Pendaftaran and before the agency's order of the other steps.
	 */
	public static List<StepCode> focus(Track track) {
		return StepRules.focus(track);
	}

}
