package id.jakpreneur.portal.entrepreneur.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import id.jakpreneur.portal.entrepreneur.RegistrationStatus;
import org.junit.jupiter.api.Test;

/** The registration's lifecycle as the aggregate enforces it, without a database. */
class ParticipantLifecycleTests {

	private static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z");

	private final Participant participant = new Participant(7L, 7L, RegistrationChannel.ONLINE, 7L, NOW);

	@Test
	void aNewRegistrationWaitsAndIsValidatedOnce() {
		assertThat(participant.getStatus()).isEqualTo(RegistrationStatus.SUBMITTED);
		assertThat(participant.getRegisteredAt()).isEqualTo(NOW);
		participant.validate(42, NOW.plusSeconds(60));
		participant.validate(43, NOW.plusSeconds(120));
		assertThat(participant.getStatus()).isEqualTo(RegistrationStatus.VALIDATED);
		assertThat(participant.getValidatedAt()).isEqualTo(NOW.plusSeconds(60));
	}

	@Test
	void aReturnedRegistrationGoesBackToTheQueueOnceCorrectedAndMayBeReturnedAgain() {
		participant.returnForCorrection("  Foto KTP buram ");
		assertThat(participant.getStatus()).isEqualTo(RegistrationStatus.RETURNED);
		assertThat(participant.getReturnReason()).isEqualTo("Foto KTP buram");
		participant.returnForCorrection("Alamat kurang lengkap");
		assertThat(participant.getReturnReason()).isEqualTo("Alamat kurang lengkap");
		participant.resubmitIfReturned();
		assertThat(participant.getStatus()).isEqualTo(RegistrationStatus.SUBMITTED);
		participant.resubmitIfReturned();
		assertThat(participant.getStatus()).isEqualTo(RegistrationStatus.SUBMITTED);
		participant.validate(42, NOW);
		assertThat(participant.getReturnReason()).isNull();
	}

	@Test
	void aValidatedRegistrationIsFinal() {
		participant.validate(42, NOW);
		assertThatThrownBy(() -> participant.returnForCorrection("terlambat"))
			.isInstanceOf(AlreadyValidatedException.class)
			.hasMessageContaining("VALIDATED to RETURNED");
		participant.resubmitIfReturned();
		assertThat(participant.getStatus()).isEqualTo(RegistrationStatus.VALIDATED);
		assertThat(RegistrationStatus.VALIDATED.next()).isEmpty();
	}

	@Test
	void anErasureDestroysTheNumbersAndKeepsItsFirstMoment() {
		participant.identify(new byte[] { 1 }, new byte[] { 2 }, "3171**********01", new byte[] { 3 },
				"3171**********02");
		participant.validate(42, NOW);
		participant.erase(NOW.plusSeconds(60));
		participant.erase(NOW.plusSeconds(3600));
		assertThat(participant.view().erasedAt()).isEqualTo(NOW.plusSeconds(60));
		assertThat(participant.encrypted(PersonalDataField.NIK)).isNull();
		assertThat(participant.encrypted(PersonalDataField.KK)).isNull();
		assertThat(participant.getNikMasked()).isEmpty();
		assertThat(participant.getFullName()).isEqualTo("\u2014");
		assertThat(participant.getStatus()).as("what statistics count stays").isEqualTo(RegistrationStatus.VALIDATED);
	}

	@Test
	void anErasedParticipantIsNotEditedAgain() {
		participant.erase(NOW);
		assertThatThrownBy(() -> participant.changeNik(new byte[] { 1 }, new byte[] { 2 }, "3171**********01"))
			.isInstanceOf(ErasedParticipantException.class);
		assertThatThrownBy(() -> participant.changeKk(new byte[] { 3 }, "3171**********02"))
			.isInstanceOf(ErasedParticipantException.class);
		assertThatThrownBy(() -> participant.validate(42, NOW)).isInstanceOf(ErasedParticipantException.class);
		assertThat(participant.declareLicence(id.jakpreneur.portal.entrepreneur.LicenceType.NIB, "1234567890123"))
			.isFalse();
		assertThat(participant.encrypted(PersonalDataField.NIK)).isNull();
		assertThat(participant.getStatus()).isEqualTo(RegistrationStatus.SUBMITTED);
	}

}
