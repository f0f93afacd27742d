package id.jakpreneur.portal.eorder.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A reason in words: declining a quote request, cancelling an order, rejecting a buyer account request. */
class ReasonForm {

	@NotBlank(message = "{validation.required}")
	@Size(min = 5, max = 500, message = "{eorder.field.reason.size}")
	@Pattern(regexp = "^[^<>]*$", message = "{validation.noAngleBrackets}")
	private String reason;

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
