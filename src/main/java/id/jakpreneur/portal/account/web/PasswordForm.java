package id.jakpreneur.portal.account.web;

import jakarta.validation.constraints.NotBlank;

/** Change-password form: the current password and the new one ({@link NewPasswordForm}). */
class PasswordForm extends NewPasswordForm {

	@NotBlank(message = "{validation.required}")
	private String currentPassword;

	public String getCurrentPassword() {
		return currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

}
