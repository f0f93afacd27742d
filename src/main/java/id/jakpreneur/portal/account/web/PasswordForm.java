package id.jakpreneur.portal.account.web;

import jakarta.validation.constraints.NotBlank;

/** Change-password form. The policy itself is checked by the controller through PasswordPolicy. */
class PasswordForm {

	@NotBlank(message = "{validation.required}")
	private String currentPassword;

	@NotBlank(message = "{validation.required}")
	private String newPassword;

	@NotBlank(message = "{validation.required}")
	private String confirmPassword;

	public String getCurrentPassword() {
		return currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getConfirmPassword() {
		return confirmPassword;
	}

	public void setConfirmPassword(String confirmPassword) {
		this.confirmPassword = confirmPassword;
	}

}
