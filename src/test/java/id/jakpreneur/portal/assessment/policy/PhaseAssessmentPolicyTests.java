package id.jakpreneur.portal.assessment.policy;

import static id.jakpreneur.portal.assessment.Phase.EARLY;
import static id.jakpreneur.portal.assessment.Phase.GRADUATED;
import static id.jakpreneur.portal.assessment.Phase.GROWING;
import static id.jakpreneur.portal.assessment.Phase.IDEA;
import static id.jakpreneur.portal.assessment.Phase.SCALING;
import static id.jakpreneur.portal.assessment.Priority.HIGH;
import static id.jakpreneur.portal.assessment.Priority.LOW;
import static id.jakpreneur.portal.assessment.Priority.MEDIUM;
import static id.jakpreneur.portal.assessment.SizeClass.BESAR;
import static id.jakpreneur.portal.assessment.SizeClass.KECIL;
import static id.jakpreneur.portal.assessment.SizeClass.MENENGAH;
import static id.jakpreneur.portal.assessment.SizeClass.MIKRO;
import static id.jakpreneur.portal.assessment.StepCode.P1;
import static id.jakpreneur.portal.assessment.StepCode.P2;
import static id.jakpreneur.portal.assessment.StepCode.P3;
import static id.jakpreneur.portal.assessment.StepCode.P4;
import static id.jakpreneur.portal.assessment.StepCode.P5;
import static id.jakpreneur.portal.assessment.StepCode.P6;
import static id.jakpreneur.portal.assessment.StepCode.P7;
import static id.jakpreneur.portal.assessment.StepStatus.COMPLETED;
import static id.jakpreneur.portal.assessment.StepStatus.NEEDED;
import static id.jakpreneur.portal.assessment.StepStatus.RECOGNISED;
import static id.jakpreneur.portal.assessment.Track.CAPITAL_ACCESS;
import static id.jakpreneur.portal.assessment.Track.EXPANSION;
import static id.jakpreneur.portal.assessment.Track.FINANCE_AND_BOOKKEEPING;
import static id.jakpreneur.portal.assessment.Track.IDEA_TO_BUSINESS;
import static id.jakpreneur.portal.assessment.Track.LEGALITY_AND_STANDARDS;
import static id.jakpreneur.portal.assessment.Track.MARKETING_AND_DIGITAL;
import static id.jakpreneur.portal.assessment.policy.Business.idea;
import static id.jakpreneur.portal.assessment.policy.Business.running;
import static id.jakpreneur.portal.assessment.policy.Business.runningMonths;
import static id.jakpreneur.portal.assessment.policy.Business.runningSince;
import static id.jakpreneur.portal.assessment.policy.Business.runningWithoutStartDate;
import static id.jakpreneur.portal.assessment.policy.Expected.expect;
import static id.jakpreneur.portal.assessment.policy.MainObstacle.BOOKKEEPING;
import static id.jakpreneur.portal.assessment.policy.MainObstacle.CAPITAL;
import static id.jakpreneur.portal.assessment.policy.MainObstacle.LICENSING;
import static id.jakpreneur.portal.assessment.policy.MainObstacle.MARKETING;
import static id.jakpreneur.portal.assessment.policy.MainObstacle.PRODUCTION;
import static id.jakpreneur.portal.entrepreneur.SalesChannel.MARKETPLACE;
import static id.jakpreneur.portal.entrepreneur.SalesChannel.OFFLINE;
import static id.jakpreneur.portal.entrepreneur.SalesChannel.RESELLER;
import static id.jakpreneur.portal.entrepreneur.SalesChannel.SOCIAL_MEDIA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import id.jakpreneur.portal.assessment.Phase;
import id.jakpreneur.portal.assessment.Priority;
import id.jakpreneur.portal.assessment.SizeClass;
import id.jakpreneur.portal.assessment.StepCode;
import id.jakpreneur.portal.assessment.StepOutcome;
import id.jakpreneur.portal.assessment.StepStatus;
import id.jakpreneur.portal.assessment.Track;
import id.jakpreneur.portal.entrepreneur.BusinessStage;
import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.entrepreneur.Sector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The phase-assessment policy against businesses as they come to JakPreneur: each row of {@link #cases()} is a
 * business and what the programme should say about it. The focused tests below the table check what holds for
 * every result and that every reason can be shown in both languages.
 */
class PhaseAssessmentPolicyTests {

	private static final Path RESOURCES = Path.of("src/main/resources");

	private static final Map<String, Locale> BUNDLES = Map.of("i18n/assessment.properties", Locale.forLanguageTag("id"),
			"i18n/assessment_en.properties", Locale.ENGLISH);

	private static final String NIB = "9120001234567";

	private static final String SPP_IRT = "2093174010123-27";

	private final PhaseAssessmentPolicy policy = new PhaseAssessmentPolicy();

	record Case(String story, Business business, Expected expected) {

		@Override
		public String toString() {
			return story;
		}

	}

	private static Case story(String story, Business business, Expected expected) {
		return new Case(story, business, expected);
	}

	static Stream<Case> cases() {
		return Stream.of(
				// ---------------------------------------------------------------- ideas
				story("an idea-stage job seeker with a recipe and Rp 5 juta of savings",
						idea().kuliner().capital(5_000_000),
						expect(IDEA, MIKRO, IDEA_TO_BUSINESS, HIGH).step(P1, COMPLETED).step(P2, NEEDED).step(P4, NEEDED)
							.reason("phaseIdea").reason("sizeByCapital", "Rp 5.000.000").reason("trackIdea")
							.reason("priorityIdea")),
				story("an idea-stage crafter who names capital as the obstacle still starts from the idea",
						idea().kriya().capital(2_000_000).obstacle(CAPITAL),
						expect(IDEA, MIKRO, IDEA_TO_BUSINESS, HIGH).step(P7, NEEDED)
							.reason("obstacleWaits.IDEA_TO_BUSINESS")),
				story("an idea-stage participant with a disability who already finished the basic class",
						idea().fesyen().capital(3_000_000).completed(P2),
						expect(IDEA, MIKRO, IDEA_TO_BUSINESS, HIGH).step(P2, COMPLETED).step(P3, NEEDED)
							.reason("stepCompleted.P2")),
				story("a running registration without a start date is treated as an idea",
						runningWithoutStartDate().kuliner().sells(3_000_000).nib(NIB),
						expect(IDEA, MIKRO, IDEA_TO_BUSINESS, HIGH).step(P2, NEEDED).reason("phaseIdea")),

				// ---------------------------------------------------------------- licences first
				story("a kuliner seller of 3 years without an NIB stays early and starts with licences",
						running(3).kuliner().sells(6_000_000).through(OFFLINE),
						expect(EARLY, MIKRO, LEGALITY_AND_STANDARDS, HIGH).recognised(P2, "evidence.P2.runningSince|2023-06")
							.step(P4, NEEDED).reason("phaseEarlyLicenceMissing").reason("nibMissing")
							.reason("trackLegalityNoNib").reason("priorityStuck", "36")),
				story("the same kuliner seller asking for a loan hears that licences come before a loan",
						running(3).kuliner().sells(6_000_000).through(OFFLINE).obstacle(CAPITAL),
						expect(EARLY, MIKRO, LEGALITY_AND_STANDARDS, HIGH).step(P7, NEEDED)
							.reason("obstacleWaits.LEGALITY_AND_STANDARDS")),
				story("a four-month-old catering with an NIB but no SPP-IRT",
						runningMonths(4).kuliner().capital(15_000_000).sells(3_000_000).nib(NIB)
							.through(OFFLINE, SOCIAL_MEDIA).online(),
						expect(EARLY, MIKRO, LEGALITY_AND_STANDARDS, MEDIUM).step(P2, NEEDED).step(P4, NEEDED)
							.reason("phaseEarlyYoung", "4").reason("foodLicenceMissing")
							.reason("trackLegalityFoodLicence").reason("sizeByCapital", "Rp 15.000.000")),
				story("a kuliner with NIB and SPP-IRT running exactly 12 months, no books yet",
						running(1).kuliner().sells(8_000_000).nib(NIB).sppIrt(SPP_IRT).through(OFFLINE, SOCIAL_MEDIA)
							.online(),
						expect(GROWING, MIKRO, FINANCE_AND_BOOKKEEPING, MEDIUM)
							.recognised(P2, "evidence.P2.runningSince|2025-06")
							.step(P4, NEEDED)
							.recognised(P5, "OFFLINE, SOCIAL_MEDIA").step(P6, NEEDED)
							.reason("trainingRecognised", "2025-06").reason("licencesDeclared",
									"NIB 9120001234567, SPP-IRT 2093174010123-27")
							.reason("trackFinanceNoBooks")),
				story("the same kuliner one day short of 12 months is still early and classed by capital",
						runningSince(Business.ASSESSED_ON.minusYears(1).plusDays(1)).kuliner().capital(20_000_000)
							.sells(8_000_000).nib(NIB).sppIrt(SPP_IRT).through(OFFLINE, SOCIAL_MEDIA).online(),
						expect(EARLY, MIKRO, FINANCE_AND_BOOKKEEPING, MEDIUM).step(P2, NEEDED)
							.reason("phaseEarlyYoung", "11").reason("sizeByCapital", "Rp 20.000.000")),
				story("a kuliner whose licences are held but whose numbers are not at hand",
						running(2).kuliner().sells(5_000_000).nib("").sppIrt("").through(OFFLINE, SOCIAL_MEDIA).online(),
						expect(GROWING, MIKRO, FINANCE_AND_BOOKKEEPING, MEDIUM).step(P4, NEEDED)),

				// ---------------------------------------------------------------- capital and scaling
				story("a licensed fashion business with books wanting a loan",
						running(4).fesyen().sells(25_000_000).employees(4).nib("8120005550001").haki("IDM000123456")
							.through(OFFLINE, MARKETPLACE, SOCIAL_MEDIA).online().booksInOrder().obstacle(CAPITAL),
						expect(SCALING, MIKRO, CAPITAL_ACCESS, LOW)
							.step(P4, NEEDED)
							.recognised(P6, "evidence.P6.bookkeeping").step(P7, NEEDED)
							.reason("phaseScalingBySales", "48", "Rp 25.000.000").reason("trackFromObstacle.CAPITAL")
							.reason("priorityIndependent")),
				story("the same fashion business without a declared obstacle still goes to capital access",
						running(4).fesyen().sells(25_000_000).employees(4).nib("8120005550001")
							.through(OFFLINE, MARKETPLACE, SOCIAL_MEDIA).online().booksInOrder(),
						expect(SCALING, MIKRO, CAPITAL_ACCESS, LOW).step(P7, NEEDED).reason("trackCapital")),
				story("a scaling fashion business that names marketing as its obstacle",
						running(4).fesyen().sells(25_000_000).employees(4).nib("8120005550001")
							.through(OFFLINE, MARKETPLACE, SOCIAL_MEDIA).online().booksInOrder().obstacle(MARKETING),
						expect(SCALING, MIKRO, MARKETING_AND_DIGITAL, LOW).step(P5, RECOGNISED)
							.reason("trackFromObstacle.MARKETING")),
				story("an 18-month fashion business with books wanting a loan is growing, not yet scaling",
						runningMonths(18).fesyen().sells(25_000_000).nib("8120005550001")
							.through(OFFLINE, MARKETPLACE, SOCIAL_MEDIA).online().booksInOrder().obstacle(CAPITAL),
						expect(GROWING, MIKRO, CAPITAL_ACCESS, MEDIUM).step(P2, RECOGNISED).step(P7, NEEDED)
							.reason("phaseGrowing").reason("trackFromObstacle.CAPITAL").reason("priorityNormal")),
				story("a tailor with 3 staff and Rp 10 juta a month scales on employees",
						running(3).fesyen().sells(10_000_000).employees(3).nib(NIB).through(OFFLINE, SOCIAL_MEDIA)
							.online().booksInOrder(),
						expect(SCALING, MIKRO, CAPITAL_ACCESS, LOW).step(P6, RECOGNISED)
							.reason("phaseScalingByEmployees", "36", "3")),
				story("a laundry selling exactly Rp 15 juta a month with a KUR loan scales and expands",
						running(3).jasa().sells(15_000_000).employees(1).nib(NIB).through(OFFLINE, SOCIAL_MEDIA).online()
							.booksInOrder().hadCredit(),
						expect(SCALING, MIKRO, EXPANSION, LOW).recognised(P7, "evidence.P7.credit")
							.reason("trackExpansion")),
				story("a laundry selling Rp 14.999.999 a month with 2 staff keeps growing its sales",
						running(3).jasa().sells(14_999_999).employees(2).nib(NIB).through(OFFLINE, SOCIAL_MEDIA).online()
							.booksInOrder().hadCredit(),
						expect(GROWING, MIKRO, MARKETING_AND_DIGITAL, MEDIUM).step(P7, RECOGNISED)
							.reason("trackGrowSales")),
				story("a laundry with scaling figures at 23 months is still growing",
						runningMonths(23).jasa().sells(20_000_000).nib(NIB).through(OFFLINE, SOCIAL_MEDIA).online()
							.booksInOrder(),
						expect(GROWING, MIKRO, MARKETING_AND_DIGITAL, MEDIUM).step(P6, RECOGNISED)
							.reason("trackGrowSales")),
				story("a BPOM-licensed dairy business with a KUR loan scales and expands",
						running(5).kuliner().sells(40_000_000).employees(6).nib("9120009876543")
							.halal("ID31110000123450123").bpom("MD 224213001234").through(OFFLINE, MARKETPLACE, RESELLER)
							.online().booksInOrder().hadCredit(),
						expect(SCALING, MIKRO, EXPANSION, LOW)
							.step(P4, NEEDED)
							.recognised(P5, "OFFLINE, MARKETPLACE, RESELLER")
							.recognised(P7, "evidence.P7.credit").reason("creditRecognised")),
				story("a graduated medium catering business selling Rp 2 bn a month through four channels",
						running(8).kuliner().sells(2_000_000_000L).employees(45).nib(NIB).halal("ID31110000999990001")
							.bpom("MD 224213009999").through(OFFLINE, MARKETPLACE, SOCIAL_MEDIA, RESELLER).online()
							.booksInOrder().hadCredit(),
						expect(GRADUATED, MENENGAH, EXPANSION, LOW).step(P7, RECOGNISED).reason("phaseGraduated", "4")
							.reason("sizeByAnnualSales", "Rp 24.000.000.000", "Rp 2.000.000.000")),

				// ---------------------------------------------------------------- size-class boundaries
				story("an idea with exactly Rp 1 bn capital is still mikro",
						idea().jasa().capital(1_000_000_000L),
						expect(IDEA, MIKRO, IDEA_TO_BUSINESS, HIGH).step(P1, COMPLETED)
							.reason("sizeByCapital", "Rp 1.000.000.000")),
				story("an idea with Rp 1 bn + 1 capital is kecil",
						idea().jasa().capital(1_000_000_001L),
						expect(IDEA, KECIL, IDEA_TO_BUSINESS, HIGH).step(P1, COMPLETED)),
				story("a six-month agribusiness with exactly Rp 5 bn capital is kecil",
						runningMonths(6).agribisnis().capital(5_000_000_000L).sells(50_000_000).nib(NIB)
							.through(OFFLINE, RESELLER).online(),
						expect(EARLY, KECIL, FINANCE_AND_BOOKKEEPING, MEDIUM).step(P2, NEEDED).step(P4, NEEDED)),
				story("a six-month agribusiness with Rp 5 bn + 1 capital is menengah",
						runningMonths(6).agribisnis().capital(5_000_000_001L).sells(50_000_000).nib(NIB)
							.through(OFFLINE, RESELLER).online(),
						expect(EARLY, MENENGAH, FINANCE_AND_BOOKKEEPING, MEDIUM).step(P2, NEEDED)),
				story("a new business with exactly Rp 10 bn capital is menengah",
						runningMonths(2).jasa().capital(10_000_000_000L).sellsNowAndThen(0),
						expect(EARLY, MENENGAH, LEGALITY_AND_STANDARDS, MEDIUM).step(P4, NEEDED)),
				story("a new business with Rp 10 bn + 1 capital is above UMKM",
						runningMonths(2).jasa().capital(10_000_000_001L).sellsNowAndThen(0),
						expect(EARLY, BESAR, LEGALITY_AND_STANDARDS, MEDIUM).step(P4, NEEDED).reason("sizeAboveUmkm")),
				story("a running business is classed by sales, not by its large capital",
						running(3).jasa().capital(20_000_000_000L).sells(100_000_000).nib(NIB)
							.through(OFFLINE, SOCIAL_MEDIA).online(),
						expect(GROWING, MIKRO, FINANCE_AND_BOOKKEEPING, MEDIUM).step(P6, NEEDED)
							.reason("sizeByAnnualSales", "Rp 1.200.000.000", "Rp 100.000.000")),
				story("annual sales just under Rp 2 bn (Rp 166.666.666 a month) are mikro",
						running(2).jasa().sells(166_666_666).employees(8).nib(NIB).through(OFFLINE, MARKETPLACE).online()
							.booksInOrder(),
						expect(SCALING, MIKRO, CAPITAL_ACCESS, LOW).step(P5, RECOGNISED)
							.reason("sizeByAnnualSales", "Rp 1.999.999.992", "Rp 166.666.666")),
				story("annual sales just over Rp 2 bn (Rp 166.666.667 a month) are kecil, and with credit it graduates",
						running(2).jasa().sells(166_666_667).employees(8).nib(NIB)
							.through(OFFLINE, MARKETPLACE, SOCIAL_MEDIA).online().booksInOrder().hadCredit(),
						expect(GRADUATED, KECIL, EXPANSION, LOW).step(P7, RECOGNISED).reason("phaseGraduated", "3")
							.reason("sizeByAnnualSales", "Rp 2.000.000.004", "Rp 166.666.667")),
				story("a garment maker at exactly Rp 15 bn a year is kecil",
						running(5).fesyen().sells(1_250_000_000L).employees(60).nib(NIB)
							.through(OFFLINE, MARKETPLACE, RESELLER).online().booksInOrder().hadCredit(),
						expect(GRADUATED, KECIL, EXPANSION, LOW).step(P6, RECOGNISED)
							.reason("sizeByAnnualSales", "Rp 15.000.000.000", "Rp 1.250.000.000")),
				story("a garment maker at Rp 15 bn + 12 a year is menengah",
						running(5).fesyen().sells(1_250_000_001L).employees(60).nib(NIB)
							.through(OFFLINE, MARKETPLACE, RESELLER).online().booksInOrder().hadCredit(),
						expect(GRADUATED, MENENGAH, EXPANSION, LOW).step(P6, RECOGNISED)
							.reason("sizeByAnnualSales", "Rp 15.000.000.012", "Rp 1.250.000.001")),
				story("a distributor just over Rp 50 bn a year has outgrown UMKM",
						running(6).agribisnis().sells(4_166_666_667L).employees(120).nib(NIB)
							.through(OFFLINE, MARKETPLACE, RESELLER).online().booksInOrder().hadCredit(),
						expect(GRADUATED, BESAR, EXPANSION, LOW).step(P7, RECOGNISED).reason("sizeAboveUmkm")),

				// ---------------------------------------------------------------- bookkeeping and marketing
				story("a kriya seller on a marketplace and Instagram without books",
						running(2).kriya().sells(7_000_000).nib("9120007654321").through(MARKETPLACE, SOCIAL_MEDIA).online(),
						expect(GROWING, MIKRO, FINANCE_AND_BOOKKEEPING, MEDIUM)
							.recognised(P5, "MARKETPLACE, SOCIAL_MEDIA").step(P6, NEEDED)
							.reason("marketingRecognised", "2")),
				story("a vegetable supplier who keeps books but mixes household money",
						running(2).agribisnis().sells(20_000_000).nib(NIB).through(OFFLINE, RESELLER).online().keepsBooks(),
						expect(GROWING, MIKRO, FINANCE_AND_BOOKKEEPING, MEDIUM).step(P6, NEEDED)
							.reason("trackFinanceMixedMoney")),
				story("an offline-only warung with books in order needs more channels",
						running(3).kuliner().sells(9_000_000).nib(NIB).sppIrt(SPP_IRT).through(OFFLINE).booksInOrder(),
						expect(GROWING, MIKRO, MARKETING_AND_DIGITAL, MEDIUM).step(P5, NEEDED)
							.reason("trackMarketingFewChannels", "1")),
				story("a batik maker selling only through resellers has marketing recognised",
						running(2).kriya().sells(12_000_000).nib(NIB).through(RESELLER).online().booksInOrder(),
						expect(GROWING, MIKRO, MARKETING_AND_DIGITAL, MEDIUM).recognised(P5, "RESELLER")
							.reason("trackMarketingFewChannels", "1")),
				story("a tailoring service with two channels that cannot be found online",
						running(2).jasa().sells(6_000_000).nib(NIB).through(OFFLINE, RESELLER).booksInOrder(),
						expect(GROWING, MIKRO, MARKETING_AND_DIGITAL, MEDIUM).step(P5, RECOGNISED)
							.reason("trackMarketingOffline")),
				story("a young repair service not yet selling regularly",
						runningMonths(8).jasa().capital(10_000_000).sellsNowAndThen(1_000_000).nib(NIB)
							.through(OFFLINE, SOCIAL_MEDIA).online().booksInOrder(),
						expect(EARLY, MIKRO, MARKETING_AND_DIGITAL, MEDIUM).step(P5, NEEDED)
							.reason("phaseEarlyYoung", "8").reason("phaseEarlyNotSellingRegularly")
							.reason("trackMarketingIrregular")),
				story("a repair service stuck for 30 months without regular sales",
						runningMonths(30).jasa().sellsNowAndThen(1_500_000).nib(NIB).through(OFFLINE, SOCIAL_MEDIA)
							.online().booksInOrder(),
						expect(EARLY, MIKRO, MARKETING_AND_DIGITAL, HIGH).step(P2, NEEDED).reason("priorityStuck", "30")),
				story("a repair service at exactly 24 months without regular sales is not yet stuck",
						runningMonths(24).jasa().sellsNowAndThen(1_500_000).nib(NIB).through(OFFLINE, SOCIAL_MEDIA)
							.online().booksInOrder(),
						expect(EARLY, MIKRO, MARKETING_AND_DIGITAL, MEDIUM).step(P2, NEEDED).reason("priorityNormal")),

				// ---------------------------------------------------------------- main obstacle
				story("a hijab seller without books who names licensing goes to licences, which come first",
						running(2).fesyen().sells(8_000_000).nib(NIB).through(OFFLINE, MARKETPLACE).online()
							.obstacle(LICENSING),
						expect(GROWING, MIKRO, LEGALITY_AND_STANDARDS, MEDIUM).step(P4, NEEDED)
							.reason("trackFinanceNoBooks").reason("trackFromObstacle.LICENSING")),
				story("a crafter mixing money who names marketing hears that bookkeeping comes first",
						running(2).kriya().sells(8_000_000).nib(NIB).through(OFFLINE, MARKETPLACE).online().keepsBooks()
							.obstacle(MARKETING),
						expect(GROWING, MIKRO, FINANCE_AND_BOOKKEEPING, MEDIUM).step(P6, NEEDED)
							.reason("obstacleWaits.FINANCE_AND_BOOKKEEPING")),
				story("an offline-only printing service asking for a loan hears that sales come first",
						running(2).jasa().sells(8_000_000).nib(NIB).through(OFFLINE).booksInOrder().obstacle(CAPITAL),
						expect(GROWING, MIKRO, MARKETING_AND_DIGITAL, MEDIUM).step(P7, NEEDED)
							.reason("obstacleWaits.MARKETING_AND_DIGITAL")),
				story("a well-run snack maker naming production goes to product standards",
						running(2).kuliner().sells(9_000_000).nib(NIB).sppIrt(SPP_IRT).through(OFFLINE, MARKETPLACE)
							.online().booksInOrder().obstacle(PRODUCTION),
						expect(GROWING, MIKRO, LEGALITY_AND_STANDARDS, MEDIUM).step(P4, NEEDED)
							.reason("trackFromObstacle.PRODUCTION")),
				story("a photo studio that is offline but names bookkeeping goes to finance",
						running(2).jasa().sells(8_000_000).nib(NIB).through(OFFLINE, RESELLER).booksInOrder()
							.obstacle(BOOKKEEPING),
						expect(GROWING, MIKRO, FINANCE_AND_BOOKKEEPING, MEDIUM).step(P6, RECOGNISED)
							.reason("trackMarketingOffline").reason("trackFromObstacle.BOOKKEEPING")),

				// ---------------------------------------------------------------- movement and history
				story("a kuliner that stopped selling regularly regressed from GROWING",
						running(3).kuliner().sellsNowAndThen(2_000_000).nib(NIB).sppIrt(SPP_IRT)
							.through(OFFLINE, SOCIAL_MEDIA).online().booksInOrder().previously(GROWING),
						expect(EARLY, MIKRO, MARKETING_AND_DIGITAL, HIGH).regressed().step(P2, NEEDED).step(P5, NEEDED)
							.reason("phaseEarlyNotSellingRegularly").reason("phaseDown").reason("priorityRegressed")
							.reason("trackMarketingIrregular")),
				story("an early kuliner that got its NIB and SPP-IRT moves up to GROWING",
						running(2).kuliner().sells(5_000_000).nib(NIB).sppIrt(SPP_IRT).through(OFFLINE).previously(EARLY),
						expect(GROWING, MIKRO, FINANCE_AND_BOOKKEEPING, MEDIUM).naikKelas().step(P4, NEEDED)
							.reason("phaseUp")),
				story("a dairy business that fell back from GRADUATED to SCALING gets high priority",
						running(5).kuliner().sells(40_000_000).employees(6).nib(NIB).bpom("MD 224213001234")
							.through(OFFLINE, MARKETPLACE, RESELLER).online().booksInOrder().hadCredit()
							.previously(GRADUATED),
						expect(SCALING, MIKRO, EXPANSION, HIGH).regressed().step(P7, RECOGNISED).reason("phaseDown")
							.reason("priorityRegressed")),
				story("a kriya seller in the same phase as last time neither moves up nor regresses",
						running(2).kriya().sells(7_000_000).nib(NIB).through(MARKETPLACE, SOCIAL_MEDIA).online()
							.previously(GROWING),
						expect(GROWING, MIKRO, FINANCE_AND_BOOKKEEPING, MEDIUM).step(P3, NEEDED)),
				story("a mentee who finished training and mentoring in the programme",
						running(1).kuliner().sells(4_000_000).nib(NIB).sppIrt(SPP_IRT).through(OFFLINE, SOCIAL_MEDIA)
							.online().completed(P2, P3),
						expect(GROWING, MIKRO, FINANCE_AND_BOOKKEEPING, MEDIUM).step(P2, COMPLETED).step(P3, COMPLETED)
							.reason("stepCompleted.P3")),
				story("a participant who went through every step inside the programme",
						running(4).kriya().sells(16_000_000).nib(NIB).through(OFFLINE, MARKETPLACE).online().booksInOrder()
							.hadCredit().completed(P2, P3, P4, P5, P6, P7),
						expect(SCALING, MIKRO, EXPANSION, LOW).step(P2, COMPLETED).step(P4, COMPLETED)
							.step(P5, COMPLETED).step(P6, COMPLETED).step(P7, COMPLETED).reason("stepCompleted.P4")
							.reason("stepCompleted.P5").reason("stepCompleted.P6").reason("stepCompleted.P7")),

				// ---------------------------------------------------------------- product advice
				story("an unpackaged kuliner that does not know its shelf life gets product advice",
						running(2).kuliner().sells(4_000_000).nib(NIB).sppIrt(SPP_IRT).through(OFFLINE, SOCIAL_MEDIA)
							.online().booksInOrder().unpackaged().shelfLifeUnknown(),
						expect(GROWING, MIKRO, MARKETING_AND_DIGITAL, MEDIUM).step(P6, RECOGNISED)
							.reason("packagingMissing").reason("shelfLifeUnknown").reason("trackGrowSales")),
				story("a packaged kriya product without a label is told to add one",
						running(2).kriya().sells(6_000_000).nib(NIB).through(OFFLINE, MARKETPLACE).online().booksInOrder()
							.unlabelled(),
						expect(GROWING, MIKRO, MARKETING_AND_DIGITAL, MEDIUM).step(P5, RECOGNISED)
							.reason("labelMissing")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void assessesTheBusinessAsTheProgrammeWould(Case c) {
		c.expected().verify(policy.assess(c.business().input()));
	}

	// -------------------------------------------------------------------------------------------- every result

	@Test
	void everyResultHasTheSevenStepsInOrderAndRecordsTheVersion() {
		for (AssessmentResult result : allResults()) {
			assertThat(result.steps()).extracting(StepOutcome::step).containsExactly(StepCode.values());
			assertThat(result.step(P1).status()).isEqualTo(COMPLETED);
			assertThat(result.policyVersion()).isEqualTo(PhaseAssessmentPolicy.VERSION).isEqualTo("2026.2");
		}
	}

	@Test
	void theSameAnswersAlwaysGiveTheSameResult() {
		cases().forEach(c -> assertThat(policy.assess(c.business().input()))
			.isEqualTo(policy.assess(c.business().input())));
	}

	@Test
	void recognisedStepsCarryEvidenceAndOthersDoNot() {
		for (AssessmentResult result : allResults()) {
			for (StepOutcome step : result.steps()) {
				if (step.status() == RECOGNISED) {
					assertThat(step.evidence()).as(step.step() + " evidence").isNotBlank();
				}
				else {
					assertThat(step.evidence()).as(step.step() + " evidence").isNull();
				}
			}
		}
	}

	// -------------------------------------------------------------------------------------------- completed steps

	@Test
	void aStepCompletedInTheProgrammeOverridesRecognition() {
		Business withLoan = running(3).kuliner().sells(20_000_000).nib(NIB).sppIrt(SPP_IRT)
			.through(OFFLINE, MARKETPLACE).online().booksInOrder().hadCredit();

		AssessmentResult recognised = policy.assess(withLoan.input());
		AssessmentResult completed = policy.assess(withLoan.completed(P2, P4, P7).input());

		assertThat(recognised.step(P7).status()).isEqualTo(RECOGNISED);
		assertThat(completed.step(P2)).isEqualTo(new StepOutcome(P2, COMPLETED, null));
		assertThat(completed.step(P4)).isEqualTo(new StepOutcome(P4, COMPLETED, null));
		assertThat(completed.step(P7)).isEqualTo(new StepOutcome(P7, COMPLETED, null));
		assertThat(keys(completed)).contains("assessment.reason.stepCompleted.P7")
			.doesNotContain("assessment.reason.creditRecognised", "assessment.reason.trainingRecognised",
					"assessment.reason.nibRecognised");
	}

	@Test
	void registrationIsReportedOnceEvenWhenListedAsCompleted() {
		AssessmentResult result = policy.assess(idea().jasa().completed(P1).input());

		assertThat(result.step(P1).status()).isEqualTo(COMPLETED);
		assertThat(keys(result)).containsOnlyOnce("assessment.reason.registered");
	}

	@Test
	void aCompletedStepDoesNotChangeThePhaseOrTrack() {
		Business noNib = running(3).kuliner().sells(6_000_000).through(OFFLINE);

		AssessmentResult result = policy.assess(noNib.completed(P4).input());

		assertThat(result.step(P4).status()).isEqualTo(COMPLETED);
		assertThat(result.phase()).isEqualTo(EARLY);
		assertThat(result.track()).isEqualTo(LEGALITY_AND_STANDARDS);
	}

	// -------------------------------------------------------------------------------------------- size classes

	@Test
	void sizeClassBoundariesFollowPp7Of2021() {
		assertThat(SizeClass.ofCapital(0)).isEqualTo(MIKRO);
		assertThat(SizeClass.ofCapital(1_000_000_000L)).isEqualTo(MIKRO);
		assertThat(SizeClass.ofCapital(1_000_000_001L)).isEqualTo(KECIL);
		assertThat(SizeClass.ofCapital(5_000_000_000L)).isEqualTo(KECIL);
		assertThat(SizeClass.ofCapital(5_000_000_001L)).isEqualTo(MENENGAH);
		assertThat(SizeClass.ofCapital(10_000_000_000L)).isEqualTo(MENENGAH);
		assertThat(SizeClass.ofCapital(10_000_000_001L)).isEqualTo(BESAR);
		assertThat(SizeClass.ofAnnualSales(2_000_000_000L)).isEqualTo(MIKRO);
		assertThat(SizeClass.ofAnnualSales(2_000_000_001L)).isEqualTo(KECIL);
		assertThat(SizeClass.ofAnnualSales(15_000_000_000L)).isEqualTo(KECIL);
		assertThat(SizeClass.ofAnnualSales(15_000_000_001L)).isEqualTo(MENENGAH);
		assertThat(SizeClass.ofAnnualSales(50_000_000_000L)).isEqualTo(MENENGAH);
		assertThat(SizeClass.ofAnnualSales(50_000_000_001L)).isEqualTo(BESAR);
		assertThat(SizeClass.ofAnnualSales(Long.MAX_VALUE)).isEqualTo(BESAR);
		assertThat(BESAR.isUmkm()).isFalse();
		assertThat(KECIL.isAtLeast(KECIL)).isTrue();
		assertThat(MIKRO.isAtLeast(KECIL)).isFalse();
	}

	@Test
	void phasesAreOrderedByProgress() {
		assertThat(GROWING.isAbove(EARLY)).isTrue();
		assertThat(GROWING.isAbove(GROWING)).isFalse();
		assertThat(IDEA.isAbove(GRADUATED)).isFalse();
		assertThat(Phase.values()).containsExactly(IDEA, EARLY, GROWING, SCALING, GRADUATED);
	}

	// -------------------------------------------------------------------------------------------- input

	@Test
	void inputRejectsImpossibleAnswers() {
		assertThatThrownBy(() -> running(2).jasa().sells(-1).input()).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> running(2).jasa().capital(-1).input()).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> running(2).jasa().employees(-1).input()).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> running(2).jasa().sells(Long.MAX_VALUE / 12 + 1).input())
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> runningSince(Business.ASSESSED_ON.plusDays(1)).jasa().input())
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> running(2).sector(null).input()).isInstanceOf(NullPointerException.class);
		assertThatThrownBy(() -> running(2).jasa().obstacle(null).input()).isInstanceOf(NullPointerException.class);
		assertThatThrownBy(() -> running(2).jasa().licence(LicenceType.NIB, null).input())
			.isInstanceOf(NullPointerException.class);
	}

	@Test
	void trainingIsRecognisedWithTheMonthTheBusinessStartedInsideAndOutsideTheMonthsKeptReady() {
		for (LocalDate start : List.of(LocalDate.of(2019, 7, 20), LocalDate.of(1969, 12, 31), LocalDate.of(1970, 1, 1),
				LocalDate.of(2019, 7, 1), LocalDate.of(1925, 3, 5))) {
			AssessmentResult result = policy.assess(runningSince(start).jasa().sells(5_000_000).input());
			String month = "%d-%02d".formatted(start.getYear(), start.getMonthValue());
			assertThat(result.step(P2).evidence()).isEqualTo("evidence.P2.runningSince|" + month);
			assertThat(result.reasons()).filteredOn(reason -> reason.ruleCode().equals("step.P2.recognised"))
				.extracting(Reason::args)
				.containsExactly(List.of(month));
		}
	}

	@Test
	void aBuiltListOwnsItsArray() {
		FixedList.Builder<String> builder = new FixedList.Builder<>(new String[1]);
		builder.add("a");
		builder.add("b");
		FixedList<String> list = builder.build();
		assertThat(list).containsExactly("a", "b").isEqualTo(List.of("a", "b"));
		assertThatThrownBy(() -> builder.add("c")).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> list.add("c")).isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> builder.add(null)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void rupiahIsWrittenWithDotsBetweenGroupsOfThree() {
		assertThat(PolicyText.rupiah(0)).isEqualTo("Rp 0");
		assertThat(PolicyText.rupiah(999)).isEqualTo("Rp 999");
		assertThat(PolicyText.rupiah(1_000)).isEqualTo("Rp 1.000");
		assertThat(PolicyText.rupiah(1_005)).isEqualTo("Rp 1.005");
		assertThat(PolicyText.rupiah(999_999)).isEqualTo("Rp 999.999");
		assertThat(PolicyText.rupiah(1_000_050)).isEqualTo("Rp 1.000.050");
		assertThat(PolicyText.rupiah(14_999_999)).isEqualTo("Rp 14.999.999");
		assertThat(PolicyText.rupiah(50_000_000_000L)).isEqualTo("Rp 50.000.000.000");
		assertThat(PolicyText.rupiah(1_002_003_004_005L)).isEqualTo("Rp 1.002.003.004.005");
		assertThat(PolicyText.rupiah(Long.MAX_VALUE)).isEqualTo("Rp 9.223.372.036.854.775.807");
		assertThatThrownBy(() -> PolicyText.rupiah(-1)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void inputKeepsItsOwnCopies() {
		Map<LicenceType, String> licences = new EnumMap<>(LicenceType.class);
		licences.put(LicenceType.NIB, NIB);
		AssessmentInput input = new AssessmentInput(BusinessStage.RUNNING, Business.ASSESSED_ON.minusYears(2),
				Business.ASSESSED_ON, Sector.JASA, true, 5_000_000, 0, 0, licences, true, true, true, EnumSet.of(OFFLINE),
				false, false, false, false, MainObstacle.NONE, EnumSet.noneOf(StepCode.class), null);

		licences.clear();

		assertThat(input.holds(LicenceType.NIB)).isTrue();
		assertThat(input.holds(LicenceType.SPP_IRT)).isFalse();
		assertThat(input.sellsThrough(OFFLINE)).isTrue();
		assertThat(input.sellsThrough(MARKETPLACE)).isFalse();
		assertThat(input.channelCount()).isEqualTo(1);
		assertThatThrownBy(() -> input.channels().add(MARKETPLACE)).isInstanceOf(UnsupportedOperationException.class);
	}

	// -------------------------------------------------------------------------------------------- message bundles

	@Test
	void everyReasonTheTableProducesHasATextInBothLanguagesWithMatchingArguments() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Map.Entry<String, Locale> bundle : BUNDLES.entrySet()) {
			Properties texts = load(bundle.getKey());
			for (Reason reason : allReasons()) {
				String text = texts.getProperty(reason.messageKey());
				if (text == null) {
					problems.add(bundle.getKey() + ": missing " + reason.messageKey());
					continue;
				}
				MessageFormat format = new MessageFormat(text, bundle.getValue());
				int placeholders = format.getFormatsByArgumentIndex().length;
				if (placeholders != reason.args().size()) {
					problems.add(bundle.getKey() + ": " + reason.messageKey() + " has " + placeholders
							+ " placeholders but the policy gives " + reason.args().size() + " arguments");
				}
				String shown = format.format(reason.args().toArray());
				reason.args().stream().filter(arg -> !shown.contains(arg))
					.forEach(arg -> problems.add(bundle.getKey() + ": " + reason.messageKey() + " drops " + arg));
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyReasonTextIsReachedByTheTable() throws IOException {
		Set<String> emitted = allReasons().stream().map(Reason::messageKey).collect(Collectors.toSet());
		Set<String> written = new TreeSet<>(load("i18n/assessment.properties").stringPropertyNames());
		written.removeIf(key -> !key.startsWith("assessment.reason."));
		// texts of reasons only earlier policy versions gave, kept so that their stored assessments still read
		written.removeAll(Set.of("assessment.reason.nibRecognised"));

		assertThat(emitted).containsAll(written);
	}

	@Test
	void everyEnumConstantHasANameInBothLanguages() throws IOException {
		List<String> keys = new ArrayList<>();
		for (Phase phase : Phase.values()) {
			keys.add("assessment.phase." + phase);
			keys.add("assessment.phase." + phase + ".description");
		}
		Stream.of(Track.values()).forEach(t -> keys.add("assessment.track." + t));
		Stream.of(Priority.values()).forEach(p -> keys.add("assessment.priority." + p));
		Stream.of(SizeClass.values()).forEach(s -> keys.add("assessment.sizeClass." + s));
		Stream.of(StepStatus.values()).forEach(s -> keys.add("assessment.stepStatus." + s));
		Stream.of(MainObstacle.values()).forEach(o -> keys.add("assessment.obstacle." + o));
		Stream.of(StepCode.values()).forEach(s -> keys.add("assessment.step." + s));
		for (String bundle : BUNDLES.keySet()) {
			assertThat(load(bundle).stringPropertyNames()).as(bundle).containsAll(keys);
		}
	}

	/**
	 * Spring formats a message with MessageFormat only when it has arguments, so quotes are doubled exactly in the
	 * messages that take arguments.
	 */
	@Test
	void quotesAreEscapedOnlyWhereMessageFormatReadsThem() throws IOException {
		for (String bundle : BUNDLES.keySet()) {
			Properties texts = load(bundle);
			for (String key : texts.stringPropertyNames()) {
				String text = texts.getProperty(key);
				boolean hasArguments = text.matches("(?s).*\\{\\d+}.*");
				if (hasArguments) {
					assertThat(text.replace("''", "")).as(bundle + " " + key).doesNotContain("'");
				}
				else {
					assertThat(text).as(bundle + " " + key).doesNotContain("''");
				}
			}
		}
	}

	// -------------------------------------------------------------------------------------------- helpers

	/** The table's results, and an officer's override to every phase and track (rule "Override"). */
	private List<AssessmentResult> allResults() {
		List<AssessmentResult> results = new ArrayList<>(cases().map(c -> policy.assess(c.business().input())).toList());
		AssessmentInput any = cases().findFirst().orElseThrow().business().input();
		for (Phase phase : Phase.values()) {
			for (Track track : Track.values()) {
				results.add(policy.override(any, phase, track, "Dicek di lokasi"));
			}
		}
		return results;
	}

	private List<Reason> allReasons() {
		return allResults().stream().flatMap(r -> r.reasons().stream()).toList();
	}

	private static List<String> keys(AssessmentResult result) {
		return result.reasons().stream().map(Reason::messageKey).toList();
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(name), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
