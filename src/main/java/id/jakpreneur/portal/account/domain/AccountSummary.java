package id.jakpreneur.portal.account.domain;

import id.jakpreneur.portal.account.Role;
import java.time.Instant;

/** One row of the account list: no password, no areas, one query per page. */
public record AccountSummary(long id, String email, String fullName, Role role, boolean enabled, Instant createdAt) {
}
