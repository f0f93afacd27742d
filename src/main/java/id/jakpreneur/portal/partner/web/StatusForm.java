package id.jakpreneur.portal.partner.web;

import java.time.LocalDate;
import java.util.OptionalLong;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import id.jakpreneur.portal.partner.CapitalDecision;
import id.jakpreneur.portal.partner.ReferralStatus;
import id.jakpreneur.portal.shared.Rupiah;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * The next status of a referral with the partner's note (kept; shown to the participant when {@code noteShown}; a
 * rejection needs one, which she always reads) and, for a capital application, the decision (approved amount typed
 * the Indonesian way, tenor, product, day) or the disbursement (amount, day). The rules on those values are the
 * aggregate's; this form only reads them.
 */
class StatusForm {

	@NotNull(message = "{validation.required}")
	private ReferralStatus status;

	@Size(max = 500, message = "{validation.tooLong}")
	@Pattern(regexp = PartnerForm.TEXT_PATTERN, message = "{validation.noAngleBrackets}")
	private String reason;

	private boolean noteShown;

	@Size(max = 30, message = "{validation.tooLong}")
	private String approvedAmount;

	private Integer tenorMonths;

	@Size(max = 60, message = "{validation.tooLong}")
	@Pattern(regexp = PartnerForm.TEXT_PATTERN, message = "{validation.noAngleBrackets}")
	private String product;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate decidedOn;

	@Size(max = 30, message = "{validation.tooLong}")
	private String disbursedAmount;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate disbursedOn;

	void validateReason(Errors errors) {
		if (status == ReferralStatus.REJECTED && (reason == null || reason.isBlank())
				&& !errors.hasFieldErrors("reason")) {
			errors.rejectValue("reason", "partner.referral.reason.required");
		}
	}

	/** The decision and disbursement typed, amounts read as whole rupiah; a field error for an unreadable amount. */
	CapitalDecision decision(Errors errors) {
		return new CapitalDecision(rupiah("approvedAmount", approvedAmount, errors), tenorMonths, product, decidedOn,
				rupiah("disbursedAmount", disbursedAmount, errors), disbursedOn);
	}

	private static Long rupiah(String field, String text, Errors errors) {
		if (text == null || text.isBlank() || errors.hasFieldErrors(field)) {
			return null;
		}
		OptionalLong value = Rupiah.parse(text);
		if (value.isEmpty()) {
			errors.rejectValue(field, "validation.rupiah");
			return null;
		}
		return value.getAsLong();
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

	public boolean isNoteShown() {
		return noteShown;
	}

	public void setNoteShown(boolean noteShown) {
		this.noteShown = noteShown;
	}

	public String getApprovedAmount() {
		return approvedAmount;
	}

	public void setApprovedAmount(String approvedAmount) {
		this.approvedAmount = approvedAmount;
	}

	public Integer getTenorMonths() {
		return tenorMonths;
	}

	public void setTenorMonths(Integer tenorMonths) {
		this.tenorMonths = tenorMonths;
	}

	public String getProduct() {
		return product;
	}

	public void setProduct(String product) {
		this.product = product;
	}

	public LocalDate getDecidedOn() {
		return decidedOn;
	}

	public void setDecidedOn(LocalDate decidedOn) {
		this.decidedOn = decidedOn;
	}

	public String getDisbursedAmount() {
		return disbursedAmount;
	}

	public void setDisbursedAmount(String disbursedAmount) {
		this.disbursedAmount = disbursedAmount;
	}

	public LocalDate getDisbursedOn() {
		return disbursedOn;
	}

	public void setDisbursedOn(LocalDate disbursedOn) {
		this.disbursedOn = disbursedOn;
	}

}
