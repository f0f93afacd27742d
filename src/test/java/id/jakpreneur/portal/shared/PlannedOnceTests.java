package id.jakpreneur.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Values written into a statement: only those that cannot change its meaning, always in the same order. */
class PlannedOnceTests {

	enum State {

		VERIFIED, VALIDATED

	}

	@Test
	void oneAreaAlwaysGivesTheSameTextWhateverTheOrderOfItsCodes() {
		assertThat(PlannedOnce.regionCodes(List.of("31.74.07", "31.71", "31.71")))
			.isEqualTo("'{31.71,31.74.07}'::varchar[]")
			.isEqualTo(PlannedOnce.regionCodes(Set.of("31.71", "31.74.07")));
		assertThat(PlannedOnce.regionCodes(List.of("31", "31.71.01.1002"))).isEqualTo("'{31,31.71.01.1002}'::varchar[]");
		assertThat(PlannedOnce.regionCodes(List.of())).isEqualTo("'{}'::varchar[]");
		assertThat(PlannedOnce.regionCode("31.74.07")).isEqualTo("'31.74.07'");
	}

	@Test
	void anythingButARegionCodeIsRefused() {
		for (String bad : List.of("31.71'); delete from account; --", "31.71}", "31,71", "", "31.7", "31.71.01.10021")) {
			assertThatThrownBy(() -> PlannedOnce.regionCodes(List.of("31.71", bad)))
				.as(bad)
				.isInstanceOf(IllegalArgumentException.class);
			assertThatThrownBy(() -> PlannedOnce.regionCode(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
		}
	}

	@Test
	void statesAndDaysAreWrittenAsPostgreSqlLiterals() {
		assertThat(PlannedOnce.names(List.of(State.VERIFIED, State.VALIDATED)))
			.isEqualTo("'{VALIDATED,VERIFIED}'::varchar[]");
		assertThat(PlannedOnce.date(LocalDate.of(2026, Month.DECEMBER, 7))).isEqualTo("date '2026-12-07'");
	}

}
