package id.jakpreneur.portal.account.query;

import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.account.domain.AccountStatus;

/**
 * The administrators' account search; every part may be null. {@code text} matches any part of the name or the
 * e-mail address; {@code areaCode} (a kota or kecamatan) matches officers and mentors working in it, in part of it,
 * or over it.
 */
public record AccountCriteria(String text, Role role, AccountStatus status, String areaCode) {
}
