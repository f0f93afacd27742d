package id.jakpreneur.portal.account.query;

import java.time.Instant;
import java.util.List;

import id.jakpreneur.portal.account.PhoneNumbers;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.account.domain.AccountStatus;

/** One row of the administrators' account list. */
public record AccountRow(long id, String fullName, String email, String phone, Role role, AccountStatus status,
		List<String> areaCodes, Instant createdAt, Instant lastLoginAt) {

	/** The mobile number as Indonesians read it (0812-3456-7890), or null. */
	public String phoneShown() {
		return PhoneNumbers.display(phone);
	}

}
