package id.jakpreneur.portal.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an administrator deactivates or reactivates an account, in words; kept in the account's audit. */
class ReasonForm {

	@NotBlank(message = "{users.reason.required}")
	@Size(min = 5, max = 500, message = "{users.reason.length}")
	private String reason;

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason == null || reason.isBlank() ? null : reason.strip();
	}

}
