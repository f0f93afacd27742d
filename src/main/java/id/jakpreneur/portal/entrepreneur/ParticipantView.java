package id.jakpreneur.portal.entrepreneur;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** A participant as pages and other modules see it: NIK and KK only masked. */
public record ParticipantView(long id, Long accountId, String fullName, String nikMasked, String kkMasked, Gender gender,
		LocalDate birthDate, String phone, String address, String villageCode, String districtCode, String cityCode,
		Set<TargetGroup> targetGroups, String fosteringAgency, RegistrationStatus status, String returnReason,
		RegistrationChannel channel, Instant registeredAt, Instant validatedAt, Instant deletionRequestedAt,
		BusinessDetails business) {

	static ParticipantView of(Participant p) {
		PersonDetails person = p.person(null, null);
		return new ParticipantView(p.getId(), p.getAccountId(), p.getFullName(), p.getNikMasked(), p.getKkMasked(),
				person.gender(), person.birthDate(), person.phone(), person.address(), p.getVillageCode(),
				p.getDistrictCode(), p.getCityCode(), person.targetGroups(), p.getFosteringAgency(), p.getStatus(),
				p.getReturnReason(), p.getChannel(), p.getRegisteredAt(), p.getValidatedAt(),
				p.getDeletionRequestedAt(), p.business());
	}

	public boolean awaitingValidation() {
		return status == RegistrationStatus.SUBMITTED;
	}

}
