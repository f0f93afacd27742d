package id.jakpreneur.portal.partner;

import id.jakpreneur.portal.partner.domain.Applicant;
import id.jakpreneur.portal.partner.domain.OfferMatcher;
import id.jakpreneur.portal.assessment.SizeClass;
import id.jakpreneur.portal.assessment.Phase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import id.jakpreneur.portal.entrepreneur.Sector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Offer matching, one dimension per row. The applicant is a KULINER business in Gambir (31.71.01, Jakarta Pusat
 * 31.71) of the given size class; "-" is an empty target or an unknown phase; sets are separated by spaces.
 */
class OfferMatcherTests {

	@ParameterizedTest(name = "sectors [{0}] size {1}..{2} areas [{3}] phases [{4}], applicant {5} phase {6} -> {7}")
	@CsvSource({
			// sectors          from      to        areas               phases           size      phase    fits
			"-,                 -,        -,        -,                  -,               MIKRO,    -,       true",
			"KULINER,           -,        -,        -,                  -,               MIKRO,    -,       true",
			"KULINER FESYEN,    -,        -,        -,                  -,               MIKRO,    -,       true",
			"FESYEN KRIYA,      -,        -,        -,                  -,               MIKRO,    -,       false",
			"-,                 MIKRO,    KECIL,    -,                  -,               MIKRO,    -,       true",
			"-,                 MIKRO,    KECIL,    -,                  -,               KECIL,    -,       true",
			"-,                 MIKRO,    KECIL,    -,                  -,               MENENGAH, -,       false",
			"-,                 KECIL,    -,        -,                  -,               MIKRO,    -,       false",
			"-,                 KECIL,    -,        -,                  -,               MENENGAH, -,       true",
			"-,                 -,        MIKRO,    -,                  -,               MIKRO,    -,       true",
			"-,                 -,        MENENGAH, -,                  -,               BESAR,    -,       false",
			"-,                 -,        -,        -,                  -,               BESAR,    -,       true",
			"-,                 -,        -,        31.71,              -,               MIKRO,    -,       true",
			"-,                 -,        -,        31.71.01,           -,               MIKRO,    -,       true",
			"-,                 -,        -,        31.71.06 31.74,     -,               MIKRO,    -,       false",
			"-,                 -,        -,        31.74 31.71.01,     -,               MIKRO,    -,       true",
			"-,                 -,        -,        -,                  GROWING,         MIKRO,    -,       false",
			"-,                 -,        -,        -,                  GROWING SCALING, MIKRO,    GROWING, true",
			"-,                 -,        -,        -,                  GROWING SCALING, MIKRO,    IDEA,    false",
			"-,                 -,        -,        -,                  -,               MIKRO,    IDEA,    true",
			"KULINER,           MIKRO,    KECIL,    31.71,              EARLY,           MIKRO,    EARLY,   true",
			"KULINER,           MIKRO,    KECIL,    31.72,              EARLY,           MIKRO,    EARLY,   false",
	})
	void fitsOnlyWhenEveryTargetedDimensionAgrees(String sectors, String from, String to, String areas, String phases,
			SizeClass size, String phase, boolean fits) {
		OfferTarget target = new OfferTarget(set(sectors, Sector::valueOf), code(from), code(to), set(areas, a -> a),
				set(phases, Phase::valueOf));
		Applicant applicant = new Applicant(Sector.KULINER, size, "31.71.01", "31.71");
		Optional<Phase> known = "-".equals(phase) ? Optional.empty() : Optional.of(Phase.valueOf(phase));
		assertThat(OfferMatcher.fits(target, applicant, known)).isEqualTo(fits);
	}

	private static SizeClass code(String text) {
		return "-".equals(text) ? null : SizeClass.valueOf(text);
	}

	private static <T> Set<T> set(String text, java.util.function.Function<String, T> parse) {
		return "-".equals(text) ? Set.of() : Arrays.stream(text.split(" ")).map(parse).collect(Collectors.toSet());
	}

}
