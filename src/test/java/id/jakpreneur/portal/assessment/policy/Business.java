package id.jakpreneur.portal.assessment.policy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import id.jakpreneur.portal.assessment.Phase;
import id.jakpreneur.portal.assessment.StepCode;
import id.jakpreneur.portal.entrepreneur.BusinessStage;
import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.entrepreneur.SalesChannel;
import id.jakpreneur.portal.entrepreneur.Sector;

/**
 * Builds assessment answers so that each table row reads like a sentence:
 * {@code running(3).kuliner().sells(6_000_000).through(OFFLINE)}. Everything is assessed on {@link #ASSESSED_ON};
 * products are packaged and labelled unless a row says otherwise, so that product advice only shows where a row
 * asks for it.
 */
final class Business {

	static final LocalDate ASSESSED_ON = LocalDate.of(2026, 6, 15);

	private BusinessStage stage = BusinessStage.RUNNING;

	private LocalDate runningSince;

	private Sector sector = Sector.LAINNYA;

	private boolean sellsRegularly;

	private long monthlySales;

	private long capital;

	private int employees;

	private final Map<LicenceType, String> licences = new EnumMap<>(LicenceType.class);

	private boolean hasPackaging = true;

	private boolean hasLabel = true;

	private boolean knowsShelfLife = true;

	private final Set<SalesChannel> channels = EnumSet.noneOf(SalesChannel.class);

	private boolean keepsBooks;

	private boolean separatesMoney;

	private boolean hadCredit;

	private boolean hasDigitalPresence;

	private MainObstacle mainObstacle = MainObstacle.NONE;

	private final Set<StepCode> completedSteps = EnumSet.noneOf(StepCode.class);

	private Phase previousPhase;

	private Business() {
	}

	/** Someone with an idea and no business yet. */
	static Business idea() {
		Business business = new Business();
		business.stage = BusinessStage.IDEA;
		return business;
	}

	static Business running(int years) {
		return runningSince(ASSESSED_ON.minusYears(years));
	}

	static Business runningMonths(int months) {
		return runningSince(ASSESSED_ON.minusMonths(months));
	}

	static Business runningSince(LocalDate start) {
		Business business = new Business();
		business.runningSince = start;
		return business;
	}

	/** Registered as a running business but without a start date. */
	static Business runningWithoutStartDate() {
		return new Business();
	}

	Business kuliner() {
		return sector(Sector.KULINER);
	}

	Business fesyen() {
		return sector(Sector.FESYEN);
	}

	Business kriya() {
		return sector(Sector.KRIYA);
	}

	Business jasa() {
		return sector(Sector.JASA);
	}

	Business agribisnis() {
		return sector(Sector.AGRIBISNIS);
	}

	Business sector(Sector value) {
		sector = value;
		return this;
	}

	/** Sells regularly, this much a month. */
	Business sells(long monthly) {
		sellsRegularly = true;
		monthlySales = monthly;
		return this;
	}

	/** Sells now and then, about this much a month. */
	Business sellsNowAndThen(long monthly) {
		sellsRegularly = false;
		monthlySales = monthly;
		return this;
	}

	Business capital(long value) {
		capital = value;
		return this;
	}

	Business employees(int value) {
		employees = value;
		return this;
	}

	Business nib(String number) {
		return licence(LicenceType.NIB, number);
	}

	Business sppIrt(String number) {
		return licence(LicenceType.SPP_IRT, number);
	}

	Business bpom(String number) {
		return licence(LicenceType.BPOM, number);
	}

	Business halal(String number) {
		return licence(LicenceType.HALAL, number);
	}

	Business haki(String number) {
		return licence(LicenceType.HAKI, number);
	}

	Business licence(LicenceType type, String number) {
		licences.put(type, number);
		return this;
	}

	Business through(SalesChannel... values) {
		channels.addAll(Arrays.asList(values));
		return this;
	}

	/** Can be found online: social media, a marketplace page, a map listing. */
	Business online() {
		hasDigitalPresence = true;
		return this;
	}

	Business keepsBooks() {
		keepsBooks = true;
		return this;
	}

	Business separatesMoney() {
		separatesMoney = true;
		return this;
	}

	/** Keeps books and keeps business money apart. */
	Business booksInOrder() {
		return keepsBooks().separatesMoney();
	}

	Business hadCredit() {
		hadCredit = true;
		return this;
	}

	Business unpackaged() {
		hasPackaging = false;
		return this;
	}

	Business unlabelled() {
		hasLabel = false;
		return this;
	}

	Business shelfLifeUnknown() {
		knowsShelfLife = false;
		return this;
	}

	Business obstacle(MainObstacle value) {
		mainObstacle = value;
		return this;
	}

	Business completed(StepCode... steps) {
		completedSteps.addAll(Arrays.asList(steps));
		return this;
	}

	Business previously(Phase phase) {
		previousPhase = phase;
		return this;
	}

	AssessmentInput input() {
		return new AssessmentInput(stage, runningSince, ASSESSED_ON, sector, sellsRegularly, monthlySales, capital,
				employees, licences, hasPackaging, hasLabel, knowsShelfLife, channels, keepsBooks, separatesMoney,
				hadCredit, hasDigitalPresence, mainObstacle, completedSteps, previousPhase);
	}

}
