package id.jakpreneur.portal.entrepreneur.domain;

import java.time.LocalDate;
import java.util.Set;

/** A participant's personal details, already validated and normalised. NIK and KK are clean digits. */
public record PersonDetails(String fullName, String nik, String kk, Gender gender, LocalDate birthDate, String phone,
		String address, String villageCode, Set<TargetGroup> targetGroups) {

	public PersonDetails {
		targetGroups = targetGroups == null ? Set.of() : Set.copyOf(targetGroups);
	}

}
