package id.jakpreneur.portal.partner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The referral pipeline: SENT -> ACCEPTED / REJECTED, ACCEPTED -> COMPLETED / REJECTED; the ends are final. */
class ReferralStatusTests {

	@ParameterizedTest(name = "{0} -> {1}: {2}")
	@CsvSource({ "SENT, ACCEPTED, true", "SENT, REJECTED, true", "SENT, COMPLETED, false", "SENT, SENT, false",
			"ACCEPTED, COMPLETED, true", "ACCEPTED, REJECTED, true", "ACCEPTED, SENT, false",
			"ACCEPTED, ACCEPTED, false", "REJECTED, ACCEPTED, false", "REJECTED, COMPLETED, false",
			"REJECTED, SENT, false", "COMPLETED, REJECTED, false", "COMPLETED, SENT, false",
			"COMPLETED, ACCEPTED, false" })
	void movesOnlyForwardAlongThePipeline(ReferralStatus from, ReferralStatus to, boolean allowed) {
		assertThat(from.canMoveTo(to, OfferKind.TRAINING)).isEqualTo(allowed);
		assertThat(from.canMoveTo(to, null)).isEqualTo(allowed);
	}

	@ParameterizedTest(name = "capital {0} -> {1}: {2}")
	@CsvSource({ "SENT, ACCEPTED, true", "SENT, APPROVED, false", "ACCEPTED, APPROVED, true",
			"ACCEPTED, COMPLETED, false", "ACCEPTED, REJECTED, true", "APPROVED, COMPLETED, true",
			"APPROVED, REJECTED, true", "APPROVED, ACCEPTED, false", "COMPLETED, REJECTED, false" })
	void capitalApplicationsAreApprovedBeforeTheyAreDisbursed(ReferralStatus from, ReferralStatus to, boolean allowed) {
		assertThat(from.canMoveTo(to, OfferKind.CAPITAL)).isEqualTo(allowed);
	}

	@ParameterizedTest
	@CsvSource({ "SENT, true", "ACCEPTED, true", "APPROVED, true", "REJECTED, false", "COMPLETED, false" })
	void sentAndAcceptedReferralsAreOpen(ReferralStatus status, boolean open) {
		assertThat(status.isOpen()).isEqualTo(open);
		assertThat(status.next(OfferKind.CAPITAL).isEmpty()).isEqualTo(!open);
	}

}
