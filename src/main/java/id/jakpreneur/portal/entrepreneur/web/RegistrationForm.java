package id.jakpreneur.portal.entrepreneur.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The registration: the login and the consent on top of the person and the business. */
public class RegistrationForm extends ParticipantForm {

	/** Optional: without an e-mail address the mobile number is the login (decision 87). */
	@Email(message = "{validation.email}")
	@Size(max = 254, message = "{validation.tooLong}")
	private String email;

	/** Online only (required there by the validator): at the counter the citizen chooses it when activating. */
	@Size(max = 200, message = "{validation.tooLong}")
	private String password;

	@Size(max = 200, message = "{validation.tooLong}")
	private String confirmPassword;

	private boolean consent;

	/** The e-mail address typed, or null when none was (the mobile number is then the login). */
	public String emailOrNull() {
		return email == null || email.isBlank() ? null : email.strip();
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getConfirmPassword() {
		return confirmPassword;
	}

	public void setConfirmPassword(String confirmPassword) {
		this.confirmPassword = confirmPassword;
	}

	public boolean isConsent() {
		return consent;
	}

	public void setConsent(boolean consent) {
		this.consent = consent;
	}

	/** Passwords are never sent back to the browser when the form is shown again. */
	void forgetPasswords() {
		this.password = null;
		this.confirmPassword = null;
	}

}
