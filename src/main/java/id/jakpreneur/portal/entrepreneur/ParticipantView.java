package id.jakpreneur.portal.entrepreneur;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import id.jakpreneur.portal.entrepreneur.domain.Gender;
import id.jakpreneur.portal.entrepreneur.domain.RegistrationChannel;
import id.jakpreneur.portal.entrepreneur.domain.TargetGroup;

/** A participant as pages and other modules see it: NIK and KK only masked. */
public record ParticipantView(long id, Long accountId, String fullName, String nikMasked, String kkMasked, Gender gender,
		LocalDate birthDate, String phone, String address, String villageCode, String districtCode, String cityCode,
		Set<TargetGroup> targetGroups, String fosteringAgency, RegistrationStatus status, String returnReason,
		RegistrationChannel channel, Instant registeredAt, Instant validatedAt, Instant erasedAt,
		BusinessDetails business) {

	public boolean awaitingValidation() {
		return status == RegistrationStatus.SUBMITTED;
	}

}
