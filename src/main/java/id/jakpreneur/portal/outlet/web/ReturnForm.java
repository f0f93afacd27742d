package id.jakpreneur.portal.outlet.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An officer's reason for returning a sales report: what the participant must correct. */
class ReturnForm {

	@NotBlank(message = "{outlet.salesReview.reason.size}")
	@Size(min = 10, max = 500, message = "{outlet.salesReview.reason.size}")
	@Pattern(regexp = OutletForm.TEXT_PATTERN, message = "{validation.noAngleBrackets}")
	private String reason;

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
