package id.jakpreneur.portal.partner;

import id.jakpreneur.portal.partner.domain.MouStatus;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MoUs that end within 60 days, or have ended, are flagged; the last day of an MoU still counts. */
class MouStatusTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

	@ParameterizedTest(name = "MoU ending {0} -> {1}")
	@CsvSource({ "-, NONE, false", "2026-02-28, EXPIRED, true", "2026-03-01, EXPIRING, true",
			"2026-04-30, EXPIRING, true", "2026-05-01, VALID, false", "2029-12-31, VALID, false" })
	void flagsMousThatEndSoonOrHaveEnded(String end, MouStatus expected, boolean attention) {
		MouStatus status = MouStatus.of("-".equals(end) ? null : LocalDate.parse(end), TODAY);
		assertThat(status).isEqualTo(expected);
		assertThat(status.needsAttention()).isEqualTo(attention);
	}

}
