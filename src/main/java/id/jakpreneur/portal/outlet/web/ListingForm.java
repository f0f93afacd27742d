package id.jakpreneur.portal.outlet.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import id.jakpreneur.portal.outlet.domain.ListingTerms;
import id.jakpreneur.portal.shared.Rupiah;
import org.springframework.validation.Errors;

/**
 * A product's terms for the public Katalog: the unit it is sold in (pcs, kg, box of 12), the minimum order in those
 * units, and the price range per unit in rupiah (from at most to).
 */
class ListingForm {

	static final long MAX_PRICE = 1_000_000_000L;

	@NotBlank(message = "{validation.required}")
	@Size(max = 30, message = "{validation.tooLong}")
	@Pattern(regexp = OutletForm.TEXT_PATTERN, message = "{validation.noAngleBrackets}")
	private String unit;

	@NotNull(message = "{validation.required}")
	@Min(value = 1, message = "{outlet.listing.minimumOrder.range}")
	@Max(value = 100_000, message = "{outlet.listing.minimumOrder.range}")
	private Integer minimumOrder;

	@NotBlank(message = "{validation.required}")
	@Size(max = 30, message = "{validation.tooLong}")
	private String priceFrom;

	@NotBlank(message = "{validation.required}")
	@Size(max = 30, message = "{validation.tooLong}")
	private String priceTo;

	/** The prices: each a rupiah amount from 1 to a billion, and "to" not below "from". */
	void validatePrices(Errors errors) {
		boolean fromOk = price(priceFrom, "priceFrom", errors);
		boolean toOk = price(priceTo, "priceTo", errors);
		if (fromOk && toOk && Rupiah.parse(priceTo).getAsLong() < Rupiah.parse(priceFrom).getAsLong()) {
			errors.rejectValue("priceTo", "outlet.listing.price.order");
		}
	}

	private static boolean price(String value, String field, Errors errors) {
		if (errors.hasFieldErrors(field)) {
			return false;
		}
		long amount = Rupiah.parse(value).orElse(0);
		if (amount < 1 || amount > MAX_PRICE) {
			errors.rejectValue(field, "outlet.product.price.invalid");
			return false;
		}
		return true;
	}

	ListingTerms toTerms() {
		return new ListingTerms(unit.strip(), minimumOrder, Rupiah.parse(priceFrom).getAsLong(),
				Rupiah.parse(priceTo).getAsLong());
	}

	static ListingForm of(ListingTerms terms) {
		ListingForm form = new ListingForm();
		form.unit = terms.unit();
		form.minimumOrder = terms.minimumOrder();
		form.priceFrom = Rupiah.format(terms.priceFrom());
		form.priceTo = Rupiah.format(terms.priceTo());
		return form;
	}

	public String getUnit() {
		return unit;
	}

	public void setUnit(String unit) {
		this.unit = unit;
	}

	public Integer getMinimumOrder() {
		return minimumOrder;
	}

	public void setMinimumOrder(Integer minimumOrder) {
		this.minimumOrder = minimumOrder;
	}

	public String getPriceFrom() {
		return priceFrom;
	}

	public void setPriceFrom(String priceFrom) {
		this.priceFrom = priceFrom;
	}

	public String getPriceTo() {
		return priceTo;
	}

	public void setPriceTo(String priceTo) {
		this.priceTo = priceTo;
	}

}
