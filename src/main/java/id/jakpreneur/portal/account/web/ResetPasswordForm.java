package id.jakpreneur.portal.account.web;

/** The new password chosen through a reset link; the link's token travels in a hidden field, never in a redirect. */
class ResetPasswordForm extends NewPasswordForm {

	private String token;

	public String getToken() {
		return token;
	}

	public void setToken(String token) {
		this.token = token;
	}

}
