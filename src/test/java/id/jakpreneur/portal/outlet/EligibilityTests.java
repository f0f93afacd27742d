package id.jakpreneur.portal.outlet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import id.jakpreneur.portal.assessment.Phase;
import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.outlet.domain.Eligibility;
import id.jakpreneur.portal.outlet.domain.Grade;
import id.jakpreneur.portal.outlet.domain.OutletRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The eligibility rules as a table. Products are written {@code sector:grade} ({@code -} for not graded yet),
 * several separated by {@code /}; the participant's licences are those an officer verified in the licence register
 * (a product's own licence numbers count for nothing, decision 99); expected reasons are message keys without the
 * {@code outlet.reason.} prefix, joined by {@code ;}, or {@code eligible}.
 */
class EligibilityTests {

	@ParameterizedTest(name = "{index}: {10}")
	@CsvSource(nullValues = "null", value = {
			// sectors, grade, licences, phase, max, validated, verified, phase, consecutive, products, expected
			"'',        null, '',              null,    2, true,  '',          null,    0, KULINER:C:,                 eligible",
			"KULINER,   B,    SPP_IRT;HALAL,   null,    2, true,  NIB;SPP_IRT;HALAL, EARLY, 0, KULINER:B,           eligible",
			"KULINER,   B,    SPP_IRT;HALAL,   null,    2, true,  NIB,         EARLY,   0, KULINER:B,                  LICENCE.HALAL;LICENCE.SPP_IRT",
			"KULINER,   B,    SPP_IRT;HALAL,   null,    2, true,  NIB;SPP_IRT, EARLY,   0, KULINER:A:,                 LICENCE.HALAL",
			"KULINER,   B,    SPP_IRT;HALAL,   null,    2, true,  HALAL,       EARLY,   0, KULINER:A,                  LICENCE.SPP_IRT",
			"KULINER,   B,    SPP_IRT;HALAL,   null,    2, true,  '',          EARLY,   0, KULINER:A:,                 LICENCE.HALAL;LICENCE.SPP_IRT",
			"KULINER,   B,    '',              null,    2, true,  '',          null,    0, KULINER:C:,                 GRADE",
			"KULINER,   B,    '',              null,    2, true,  '',          null,    0, KULINER:C:/KULINER:B:,      eligible",
			"KULINER,   null, '',              null,    2, true,  '',          null,    0, FESYEN:A:,                  SECTOR",
			"KULINER;KRIYA, null, '',          null,    2, true,  '',          null,    0, FESYEN:A:/KRIYA:C:,         eligible",
			"'',        null, '',              null,    2, true,  '',          null,    0, '',                         NO_CURATED_PRODUCT",
			"'',        null, '',              null,    2, true,  '',          null,    0, KULINER:-:,                 NO_CURATED_PRODUCT",
			"'',        null, '',              null,    2, false, '',          null,    0, KULINER:A:,                 NOT_VALIDATED",
			"'',        null, '',              SCALING, 2, true,  '',          GROWING, 0, KULINER:A:,                 PHASE",
			"'',        null, '',              GROWING, 2, true,  '',          GROWING, 0, KULINER:A:,                 eligible",
			"'',        null, '',              GROWING, 2, true,  '',          null,    0, KULINER:A:,                 NOT_ASSESSED",
			"'',        null, '',              null,    2, true,  '',          null,    1, KULINER:A:,                 eligible",
			"'',        null, '',              null,    2, true,  '',          null,    2, KULINER:A:,                 ROTATION",
			"'',        null, '',              null,    1, true,  '',          null,    1, KULINER:A:,                 ROTATION",
			// the product that comes closest is the one whose reasons are shown
			"KULINER,   A,    HALAL,           null,    2, true,  '',          null,    0, FESYEN:C:/KULINER:A:,       LICENCE.HALAL",
			"KULINER,   A,    BPOM,            null,    2, false, BPOM,        null,    0, KULINER:B,                  NOT_VALIDATED;GRADE",
	})
	void decidesWhoMayApplyAndSaysWhyNot(String sectors, Grade minGrade, String licences, Phase minPhase, int max,
			boolean validated, String profile, Phase phase, int consecutive, String products, String expected) {
		OutletRules rules = new OutletRules(enums(sectors, Sector.class), minGrade, enums(licences, LicenceType.class),
				minPhase, 0, BigDecimal.ZERO, max);
		Eligibility.Result result = Eligibility.check(rules,
				new Eligibility.Candidate(validated, enums(profile, LicenceType.class), phase, consecutive),
				products(products));
		if (expected.equals("eligible")) {
			assertThat(result.eligible()).isTrue();
			assertThat(result.productIds()).isNotEmpty();
		}
		else {
			assertThat(result.eligible()).isFalse();
			assertThat(result.productIds()).isEmpty();
			assertThat(result.refusals().stream().map(r -> r.messageKey().substring("outlet.reason.".length())))
				.containsExactlyInAnyOrder(expected.split(";"));
		}
	}

	@Test
	void onlyTheProductsThatFitMayBeUsedToApply() {
		OutletRules rules = new OutletRules(EnumSet.of(Sector.KULINER), Grade.B, Set.of(), null, 0, BigDecimal.ZERO, 2);
		Eligibility.Result result = Eligibility.check(rules, new Eligibility.Candidate(true, Set.of(), null, 0),
				products("KULINER:A:/KULINER:C:/FESYEN:A:/KULINER:B:"));
		assertThat(result.productIds()).containsExactly(1L, 4L);
	}

	@Test
	void aMissingLicenceReadsAsWhatIsNeeded() {
		assertThat(new Eligibility.Refusal(Eligibility.Reason.LICENCE, "HALAL").messageKey())
			.isEqualTo("outlet.reason.LICENCE.HALAL");
		assertThat(new Eligibility.Refusal(Eligibility.Reason.GRADE, "B").messageKey()).isEqualTo("outlet.reason.GRADE");
	}

	private static List<Eligibility.ProductFacts> products(String text) {
		List<Eligibility.ProductFacts> products = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return products;
		}
		long id = 1;
		for (String product : text.split("/")) {
			String[] parts = (product + ": ").split(":");
			Grade grade = parts[1].equals("-") ? null : Grade.valueOf(parts[1]);
			products.add(new Eligibility.ProductFacts(id++, Sector.valueOf(parts[0]), grade));
		}
		return products;
	}

	private static <E extends Enum<E>> Set<E> enums(String text, Class<E> type) {
		if (text == null || text.isBlank()) {
			return EnumSet.noneOf(type);
		}
		return Arrays.stream(text.split(";"))
			.map(String::strip)
			.map(v -> Enum.valueOf(type, v))
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(type)));
	}

}
