package id.jakpreneur.portal.account.web;

import jakarta.validation.constraints.Size;

/**
 * Activating an account: either the link's token (hidden field) or the login name and the code from the slip, and
 * the person's own password. The controller requires the login name and the code when there is no token.
 */
class ActivationForm extends NewPasswordForm {

	private String token;

	@Size(max = 254, message = "{validation.tooLong}")
	private String loginName;

	@Size(max = 20, message = "{validation.tooLong}")
	private String code;

	boolean hasToken() {
		return token != null && !token.isBlank();
	}

	public String getToken() {
		return token;
	}

	public void setToken(String token) {
		this.token = token;
	}

	public String getLoginName() {
		return loginName;
	}

	public void setLoginName(String loginName) {
		this.loginName = loginName;
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

}
