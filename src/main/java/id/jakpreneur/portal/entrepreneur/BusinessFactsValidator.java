package id.jakpreneur.portal.entrepreneur;

import java.time.Clock;
import java.time.LocalDate;

import id.jakpreneur.portal.shared.Rupiah;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The rules of the business facts that need several fields, for every form that holds them: a running business
 * gives a plausible start date that is not in the future and its monthly sales; the capital is given; amounts are
 * read the Indonesian way; a ticked NIB has 13 digits; licence numbers are plain. Each problem becomes a message
 * beside its field, under the page's own message keys.
 */
@Component
public class BusinessFactsValidator {

	/** The earliest plausible start of a business: the day of the proclamation. */
	static final LocalDate EARLIEST_START = LocalDate.of(1945, 8, 17);

	private static final String LICENCE_NUMBER = "[A-Za-z0-9./\\- ]*";

	private final Clock clock;

	BusinessFactsValidator(Clock clock) {
		this.clock = clock;
	}

	public void validate(BusinessFactsForm form, Errors errors) {
		String prefix = form.messagePrefix();
		if (form.running()) {
			validateStart(form, errors, prefix);
		}
		money(form.getCapital(), "capital", true, errors);
		if (form.running()) {
			money(form.getMonthlySales(), "monthlySales", true, errors);
		}
		if (form.getLicences().contains(LicenceType.NIB) && !errors.hasFieldErrors("nibNumber")) {
			String nib = form.number(LicenceType.NIB);
			if (nib.isEmpty()) {
				errors.rejectValue("nibNumber", prefix + "nib.required");
			}
			else if (!nib.matches("\\d{13}")) {
				errors.rejectValue("nibNumber", prefix + "nib.invalid");
			}
		}
		licenceNumber(form.getSppIrtNumber(), "sppIrtNumber", prefix, errors);
		licenceNumber(form.getHalalNumber(), "halalNumber", prefix, errors);
		licenceNumber(form.getHakiNumber(), "hakiNumber", prefix, errors);
		licenceNumber(form.getBpomNumber(), "bpomNumber", prefix, errors);
	}

	private static void licenceNumber(String number, String field, String prefix, Errors errors) {
		if (number != null && !number.matches(LICENCE_NUMBER)) {
			errors.rejectValue(field, prefix + "licenceNumber.invalid");
		}
	}

	private void validateStart(BusinessFactsForm form, Errors errors, String prefix) {
		String field = form.startedOnField();
		if (errors.hasFieldErrors(field)) {
			return;
		}
		LocalDate startedOn = form.startedOn();
		if (startedOn == null) {
			errors.rejectValue(field, prefix + field + ".required");
		}
		else if (startedOn.isAfter(LocalDate.now(clock))) {
			errors.rejectValue(field, "validation.dateInFuture");
		}
		else if (startedOn.isBefore(EARLIEST_START)) {
			errors.rejectValue(field, prefix + field + ".implausible");
		}
	}

	/** An amount in whole rupiah as people type it ("1.500.000" or "1500000"), never negative. */
	public static void money(String text, String field, boolean required, Errors errors) {
		if (errors.hasFieldErrors(field)) {
			return;
		}
		if (text == null || text.isBlank()) {
			if (required) {
				errors.rejectValue(field, "validation.required");
			}
			return;
		}
		if (text.strip().startsWith("-")) {
			errors.rejectValue(field, "validation.notNegative");
		}
		else if (Rupiah.parse(text).isEmpty()) {
			errors.rejectValue(field, "validation.rupiah");
		}
	}

}
