package id.jakpreneur.portal.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Asking for a reset link: the login name (e-mail address or mobile number) as the person types it. */
class ForgotPasswordForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 254, message = "{validation.tooLong}")
	private String loginName;

	public String getLoginName() {
		return loginName;
	}

	public void setLoginName(String loginName) {
		this.loginName = loginName;
	}

}
