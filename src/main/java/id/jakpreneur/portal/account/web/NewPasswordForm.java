package id.jakpreneur.portal.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import id.jakpreneur.portal.account.PasswordPolicy;
import org.springframework.validation.Errors;

/**
 * A password the person chooses, typed twice: the password change, the reset link and the activation share it, with
 * one check ({@link PasswordPolicy} and the repetition), each message next to its field.
 */
class NewPasswordForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.tooLong}")
	private String newPassword;

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.tooLong}")
	private String confirmPassword;

	/** Adds the policy's problem with the new password and a repetition that differs, for the account's login. */
	void checkNewPassword(String loginName, Errors errors) {
		if (!errors.hasFieldErrors("newPassword")) {
			PasswordPolicy.problem(newPassword, loginName).ifPresent(key -> errors.rejectValue("newPassword", key));
		}
		if (!errors.hasFieldErrors("confirmPassword") && newPassword != null && !newPassword.equals(confirmPassword)) {
			errors.rejectValue("confirmPassword", "password.confirm.mismatch");
		}
	}

	/** Passwords are never sent back to the browser when the form is shown again. */
	void forgetPasswords() {
		newPassword = null;
		confirmPassword = null;
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
