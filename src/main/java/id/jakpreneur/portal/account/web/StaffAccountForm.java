package id.jakpreneur.portal.account.web;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import id.jakpreneur.portal.account.Role;

/**
 * An administrator opens an officer, mentor or administrator account; its holder chooses the password when
 * activating it with the code.
 */
class StaffAccountForm {

	@NotBlank(message = "{validation.required}")
	@Email(message = "{validation.email}")
	@Size(max = 254, message = "{validation.tooLong}")
	private String email;

	@NotBlank(message = "{validation.required}")
	@Size(max = 120, message = "{validation.tooLong}")
	private String fullName;

	@NotNull(message = "{validation.required}")
	private Role role;

	private Set<String> areaCodes = new LinkedHashSet<>();


	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getFullName() {
		return fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public Role getRole() {
		return role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public Set<String> getAreaCodes() {
		return areaCodes;
	}

	public void setAreaCodes(Set<String> areaCodes) {
		this.areaCodes = areaCodes == null ? new LinkedHashSet<>() : areaCodes;
	}

}
