package id.jakpreneur.portal.account.query;

import java.time.Instant;
import java.util.List;

import id.jakpreneur.portal.account.PhoneNumbers;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.account.domain.AccountStatus;

/**
 * One account as its administration page shows it: never the password hash. {@code activeSessions} counts the
 * unexpired sessions of its login.
 */
public record AccountDetails(long id, String fullName, String email, String phone, Role role, AccountStatus status,
		List<String> areaCodes, Instant createdAt, Instant lastLoginAt, Instant passwordChangedAt,
		Instant deactivatedAt, boolean mustChangePassword, long activeSessions) {

	/** The mobile number as Indonesians read it (0812-3456-7890), or null. */
	public String phoneShown() {
		return PhoneNumbers.display(phone);
	}

}
