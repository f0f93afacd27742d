package id.jakpreneur.portal.partner.web;

import jakarta.validation.constraints.NotBlank;

/** The initial password an administrator gives a contact's PARTNER login; the policy is checked by the controller. */
class ContactAccountForm {

	@NotBlank(message = "{validation.required}")
	private String password;

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
