package id.jakpreneur.portal.account.web;

import jakarta.validation.constraints.Size;

import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.account.domain.AccountStatus;

/**
 * The administrators' account search, read from the query string: a part of the name or e-mail address, a role, a
 * status and an area. A value that is not one of the choices comes back as a message beside its field and is left
 * out of the search.
 */
class AccountSearchForm {

	@Size(max = 120, message = "{validation.tooLong}")
	private String q;

	private Role role;

	private AccountStatus status;

	private String area;

	public String getQ() {
		return q;
	}

	public void setQ(String q) {
		this.q = q == null || q.isBlank() ? null : q.strip();
	}

	public Role getRole() {
		return role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public AccountStatus getStatus() {
		return status;
	}

	public void setStatus(AccountStatus status) {
		this.status = status;
	}

	public String getArea() {
		return area;
	}

	public void setArea(String area) {
		this.area = area == null || area.isBlank() ? null : area.strip();
	}

}
