package id.jakpreneur.portal.outlet.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import id.jakpreneur.portal.shared.Rupiah;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/** Units sold and sales (whole rupiah) of one booked period, with an optional receipt as proof. */
class SalesForm {

	@NotNull(message = "{validation.required}")
	@Min(value = 0, message = "{outlet.sales.units.range}")
	@Max(value = 10_000_000, message = "{outlet.sales.units.range}")
	private Integer unitsSold;

	@NotBlank(message = "{validation.required}")
	private String sales;

	/** Proof of the sales (receipts, the till's summary), optional: the officer decides whether the figures hold. */
	private MultipartFile receipt;

	void validateSales(Errors errors) {
		if (!errors.hasFieldErrors("sales")
				&& (Rupiah.parse(sales).isEmpty() || Rupiah.parse(sales).getAsLong() > 1_000_000_000_000L)) {
			errors.rejectValue("sales", "outlet.sales.amount.invalid");
		}
		if (!errors.hasErrors() && unitsSold == 0 && Rupiah.parse(sales).getAsLong() > 0) {
			errors.rejectValue("unitsSold", "outlet.sales.units.noneButSales");
		}
	}

	long salesAmount() {
		return Rupiah.parse(sales).orElseThrow();
	}

	public Integer getUnitsSold() {
		return unitsSold;
	}

	public void setUnitsSold(Integer unitsSold) {
		this.unitsSold = unitsSold;
	}

	public MultipartFile getReceipt() {
		return receipt;
	}

	public void setReceipt(MultipartFile receipt) {
		this.receipt = receipt;
	}

	public String getSales() {
		return sales;
	}

	public void setSales(String sales) {
		this.sales = sales;
	}

}
