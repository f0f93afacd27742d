package id.jakpreneur.portal.eorder.web;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import id.jakpreneur.portal.eorder.query.ListedProduct;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * A quote request: a quantity for each wanted product of the business (empty: not wanted), the delivery day and
 * place, and a note. The quantities are checked against what the business publishes (at least its minimum order).
 */
class AskForm {

	private Map<Long, String> quantities = new LinkedHashMap<>();

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate deliveryDate;

	@NotBlank(message = "{validation.required}")
	@Size(max = 300, message = "{validation.tooLong}")
	@Pattern(regexp = "^[^<>]*$", message = "{validation.noAngleBrackets}")
	private String deliveryPlace;

	@Size(max = 500, message = "{validation.tooLong}")
	@Pattern(regexp = "^[^<>]*$", message = "{validation.noAngleBrackets}")
	private String note;

	/**
	 * The wanted quantities by product, in the page's order; a field error beside each quantity that is not a whole
	 * number or is under the product's minimum, on the first product when none is wanted, and on the day when it is
	 * not after {@code today}.
	 */
	Map<Long, Integer> validate(Collection<ListedProduct> products, LocalDate today, Errors errors) {
		Map<Long, Integer> wanted = new LinkedHashMap<>();
		for (ListedProduct product : products) {
			String text = quantities.get(product.productId());
			if (text == null || text.isBlank()) {
				continue;
			}
			String field = "quantities[" + product.productId() + "]";
			if (!text.strip().matches("\\d{1,6}") || Integer.parseInt(text.strip()) > 100_000) {
				errors.rejectValue(field, "eorder.field.quantity.invalid");
			}
			else if (Integer.parseInt(text.strip()) < Math.max(1, product.minimumOrder())) {
				errors.rejectValue(field, "eorder.field.quantity.minimum", new Object[] { product.minimumOrder() }, null);
			}
			else {
				wanted.put(product.productId(), Integer.parseInt(text.strip()));
			}
		}
		if (wanted.isEmpty() && !errors.hasErrors() && !products.isEmpty()) {
			errors.rejectValue("quantities[" + products.iterator().next().productId() + "]", "eorder.field.quantity.none");
		}
		if (deliveryDate != null && !deliveryDate.isAfter(today) && !errors.hasFieldErrors("deliveryDate")) {
			errors.rejectValue("deliveryDate", "eorder.field.deliveryDate.future");
		}
		return wanted;
	}

	public Map<Long, String> getQuantities() {
		return quantities;
	}

	public void setQuantities(Map<Long, String> quantities) {
		this.quantities = quantities;
	}

	public LocalDate getDeliveryDate() {
		return deliveryDate;
	}

	public void setDeliveryDate(LocalDate deliveryDate) {
		this.deliveryDate = deliveryDate;
	}

	public String getDeliveryPlace() {
		return deliveryPlace;
	}

	public void setDeliveryPlace(String deliveryPlace) {
		this.deliveryPlace = deliveryPlace;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
