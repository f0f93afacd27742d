package id.jakpreneur.portal.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.licensing.LicenceDecision;
import id.jakpreneur.portal.licensing.LicenceState;
import id.jakpreneur.portal.licensing.LicenceStatus;
import org.junit.jupiter.api.Test;

/** A licence's record, verification and return rules (its state machine), checked by the licence itself. */
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

	@Test
	void aReturnNeedsASubmittedLicenceAndAReasonAndTheCorrectionIsAResubmission() {
		Licence nib = issued();
		assertThatThrownBy(() -> nib.returnWith("  ", 9, TODAY, NOW))
			.isInstanceOfSatisfying(LicenceRefusedException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("programme.licence.return.reasonRequired"));
		assertThatThrownBy(() -> nib.returnWith("x".repeat(Licence.REASON_MAX + 1), 9, TODAY, NOW))
			.isInstanceOfSatisfying(LicenceRefusedException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("programme.licence.return.reasonTooLong"));
		assertThat(nib.getState()).isEqualTo(LicenceState.SUBMITTED);

		nib.returnWith(" Nomor tidak terbaca. ", 9, TODAY, NOW);
		assertThat(nib.getState()).isEqualTo(LicenceState.RETURNED);
		assertThat(nib.getReturnReason()).isEqualTo("Nomor tidak terbaca.");
		assertRefused(() -> nib.returnWith("Lagi", 9, TODAY, NOW), "programme.licence.review.notSubmitted");
		assertRefused(() -> nib.verify(9, TODAY, NOW), "programme.licence.review.notSubmitted");

		assertThat(nib.record(draft("9120301234568"), 7, TODAY, NOW)).isEqualTo(LicenceDecision.RESUBMITTED);
		assertThat(nib.getState()).isEqualTo(LicenceState.SUBMITTED);
		assertThat(nib.getReturnReason()).isNull();
		assertThat(nib.verify(9, TODAY, NOW)).isTrue();
		assertThat(nib.getState()).isEqualTo(LicenceState.VERIFIED);
		assertRefused(() -> nib.returnWith("Terlambat", 9, TODAY, NOW), "programme.licence.review.notSubmitted");
		assertThat(nib.record(draft("9120301234569"), 7, TODAY, NOW)).isEqualTo(LicenceDecision.SUBMITTED);
	}

	@Test
	void aLicenceInProcessGoesToNoOfficer() {
		Licence pkp = new Licence(1, LicenceType.PKP);
		assertThat(pkp.record(new LicenceDraft(LicenceType.PKP, null, LicenceStatus.IN_PROCESS, null, null, null), 7,
				TODAY, NOW)).isEqualTo(LicenceDecision.RECORDED);
		assertThat(pkp.getState()).isEqualTo(LicenceState.IN_PROCESS);
		assertRefused(() -> pkp.returnWith("Belum terbit", 9, TODAY, NOW), "programme.licence.return.notIssued");
	}

	private static Licence issued() {
		Licence nib = new Licence(1, LicenceType.NIB);
		assertThat(nib.record(draft("9120301234567"), 7, TODAY, NOW)).isEqualTo(LicenceDecision.SUBMITTED);
		return nib;
	}

	private static LicenceDraft draft(String number) {
		return new LicenceDraft(LicenceType.NIB, null, LicenceStatus.ISSUED, number, TODAY.minusDays(3), null);
	}

	private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable move, String key) {
		assertThatThrownBy(move).isInstanceOfSatisfying(LicenceRefusedException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo(key));
	}

}
