package id.jakpreneur.portal.eorder.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import id.jakpreneur.portal.eorder.domain.OrderLine;
import id.jakpreneur.portal.eorder.query.OrderDetails;
import id.jakpreneur.portal.shared.Rupiah;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** The entrepreneur's answer to a quote request: a unit price per line (typed as rupiah), a day, a note. */
class QuoteForm {

	private Map<Integer, String> prices = new HashMap<>();

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate canDeliverBy;

	@Size(max = 500, message = "{validation.tooLong}")
	@Pattern(regexp = "^[^<>]*$", message = "{validation.noAngleBrackets}")
	private String note;

	/** The unit price of every line, or field errors beside each missing or invalid one and beside a past day. */
	Map<Integer, Long> validate(List<OrderDetails.Line> lines, LocalDate today, Errors errors) {
		Map<Integer, Long> unitPrices = new LinkedHashMap<>();
		for (OrderDetails.Line line : lines) {
			String text = prices.get(line.position());
			String field = "prices[" + line.position() + "]";
			OptionalLong price = text == null || text.isBlank() ? OptionalLong.empty() : Rupiah.parse(text);
			if (text == null || text.isBlank()) {
				errors.rejectValue(field, "validation.required");
			}
			else if (price.isEmpty() || price.getAsLong() > OrderLine.MAX_UNIT_PRICE) {
				errors.rejectValue(field, "eorder.field.price.invalid");
			}
			else {
				unitPrices.put(line.position(), price.getAsLong());
			}
		}
		if (canDeliverBy != null && canDeliverBy.isBefore(today) && !errors.hasFieldErrors("canDeliverBy")) {
			errors.rejectValue("canDeliverBy", "eorder.field.canDeliverBy.past");
		}
		return unitPrices;
	}

	public Map<Integer, String> getPrices() {
		return prices;
	}

	public void setPrices(Map<Integer, String> prices) {
		this.prices = prices;
	}

	public LocalDate getCanDeliverBy() {
		return canDeliverBy;
	}

	public void setCanDeliverBy(LocalDate canDeliverBy) {
		this.canDeliverBy = canDeliverBy;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
