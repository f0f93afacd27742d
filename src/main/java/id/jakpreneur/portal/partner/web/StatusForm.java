package id.jakpreneur.portal.partner.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import id.jakpreneur.portal.partner.ReferralStatus;
import org.springframework.validation.Errors;

/** The next status of a referral; a rejection needs a reason the participant and the officer can read. */
class StatusForm {

	@NotNull(message = "{validation.required}")
	private ReferralStatus status;

	@Size(max = 500, message = "{validation.tooLong}")
	@Pattern(regexp = PartnerForm.TEXT_PATTERN, message = "{validation.noAngleBrackets}")
	private String reason;

	void validateReason(Errors errors) {
		if (status == ReferralStatus.REJECTED && (reason == null || reason.isBlank())
				&& !errors.hasFieldErrors("reason")) {
			errors.rejectValue("reason", "partner.referral.reason.required");
		}
	}

	public ReferralStatus getStatus() {
		return status;
	}

	public void setStatus(ReferralStatus status) {
		this.status = status;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
