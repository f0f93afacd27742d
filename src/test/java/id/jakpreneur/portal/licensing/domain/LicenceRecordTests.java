package id.jakpreneur.portal.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.licensing.LicenceStatus;
import org.junit.jupiter.api.Test;

/** A licence's record and verification rules, checked by the licence itself. */
class LicenceRecordTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

	private static final Instant NOW = Instant.parse("2026-12-05T03:00:00Z");

	@Test
	void anIssuedLicenceIsVerifiedOnceAndARecordClearsTheVerification() {
		Licence nib = new Licence(1, LicenceType.NIB);
		nib.record(new LicenceDraft(LicenceType.NIB, null, LicenceStatus.ISSUED, " 9120301234567 ", TODAY, null), 7,
				TODAY, NOW);
		assertThat(nib.getLicenceNumber()).isEqualTo("9120301234567");
		assertThat(nib.verify(9, TODAY, NOW)).isTrue();
		assertThat(nib.verify(9, TODAY, NOW)).isFalse();
		nib.record(new LicenceDraft(LicenceType.NIB, null, LicenceStatus.ISSUED, "9120301234568", TODAY, null), 7,
				TODAY, NOW);
		assertThat(nib.verify(9, TODAY, NOW)).isTrue();
	}

	@Test
	void aLicenceInProcessOrExpiredIsNotVerified() {
		Licence pkp = new Licence(1, LicenceType.PKP);
		pkp.record(new LicenceDraft(LicenceType.PKP, null, LicenceStatus.IN_PROCESS, null, null, null), 7, TODAY, NOW);
		assertThatThrownBy(() -> pkp.verify(9, TODAY, NOW)).isInstanceOfSatisfying(LicenceRefusedException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("programme.licence.verify.notIssued"));
		Licence halal = new Licence(1, LicenceType.HALAL);
		halal.record(new LicenceDraft(LicenceType.HALAL, null, LicenceStatus.ISSUED, "ID311", TODAY.minusYears(4),
				TODAY.minusDays(1)), 7, TODAY, NOW);
		assertThatThrownBy(() -> halal.verify(9, TODAY, NOW)).isInstanceOf(LicenceRefusedException.class);
	}

	@Test
	void aRecordBreakingARuleIsRefusedWithItsField() {
		Licence other = new Licence(1, LicenceType.OTHER);
		assertThatThrownBy(() -> other.record(
				new LicenceDraft(LicenceType.OTHER, " ", LicenceStatus.IN_PROCESS, null, null, null), 7, TODAY, NOW))
			.isInstanceOfSatisfying(LicenceRefusedException.class, ex -> assertThat(ex.field()).isEqualTo("otherName"));
		Licence nib = new Licence(1, LicenceType.NIB);
		assertThatThrownBy(() -> nib.record(
				new LicenceDraft(LicenceType.NIB, null, LicenceStatus.ISSUED, "9120301234567", TODAY.plusDays(1), null), 7,
				TODAY, NOW))
			.isInstanceOfSatisfying(LicenceRefusedException.class, ex -> assertThat(ex.field()).isEqualTo("issuedOn"));
		assertThatThrownBy(() -> nib.record(
				new LicenceDraft(LicenceType.NIB, null, LicenceStatus.NEEDED, null, null, null), 7, TODAY, NOW))
			.isInstanceOfSatisfying(LicenceRefusedException.class, ex -> assertThat(ex.field()).isEqualTo("status"));
	}

}
