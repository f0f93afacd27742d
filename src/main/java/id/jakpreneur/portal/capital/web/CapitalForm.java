package id.jakpreneur.portal.capital.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import id.jakpreneur.portal.shared.Rupiah;
import org.springframework.validation.Errors;

/** An application for a capital offer: which offer, how much (typed the Indonesian way), and what for. */
class CapitalForm {

	static final long MIN_AMOUNT = 100_000;

	static final long MAX_AMOUNT = 10_000_000_000L;

	@NotNull(message = "{programme.capital.offer.required}")
	private Long offerId;

	@NotBlank(message = "{validation.required}")
	@Size(max = 30, message = "{validation.tooLong}")
	private String amount;

	@NotBlank(message = "{validation.required}")
	@Size(min = 10, max = 500, message = "{programme.capital.purpose.size}")
	@Pattern(regexp = "^[^<>]*$", message = "{validation.noAngleBrackets}")
	private String purpose;

	/** The amount reads as whole rupiah between Rp 100.000 and Rp 10 miliar. */
	void validateAmount(Errors errors) {
		if (errors.hasFieldErrors("amount")) {
			return;
		}
		long value = Rupiah.parse(amount).orElse(-1L);
		if (value < 0) {
			errors.rejectValue("amount", "validation.rupiah");
		}
		else if (value < MIN_AMOUNT || value > MAX_AMOUNT) {
			errors.rejectValue("amount", "programme.capital.amount.range");
		}
	}

	long amountValue() {
		return Rupiah.parse(amount).orElseThrow();
	}

	public Long getOfferId() {
		return offerId;
	}

	public void setOfferId(Long offerId) {
		this.offerId = offerId;
	}

	public String getAmount() {
		return amount;
	}

	public void setAmount(String amount) {
		this.amount = amount;
	}

	public String getPurpose() {
		return purpose;
	}

	public void setPurpose(String purpose) {
		this.purpose = purpose;
	}

}
