package id.jakpreneur.portal.outlet.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import id.jakpreneur.portal.outlet.domain.CallDraft;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** A call for one period: first and last day, the last day to apply, and days to confirm an offered place. */
class CallForm {

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startsOn;

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endsOn;

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate applyUntil;

	@NotNull(message = "{validation.required}")
	@Min(value = 1, message = "{outlet.call.confirmDays.range}")
	@Max(value = 14, message = "{outlet.call.confirmDays.range}")
	private Integer confirmDays = 3;

	/** The date rules, each beside its field; the service checks them again. */
	void validateDates(Errors errors, LocalDate today) {
		if (errors.hasErrors()) {
			return;
		}
		if (endsOn.isBefore(startsOn)) {
			errors.rejectValue("endsOn", "outlet.call.endsBeforeStart");
		}
		else if (endsOn.toEpochDay() - startsOn.toEpochDay() >= 366) {
			errors.rejectValue("endsOn", "outlet.call.tooLong");
		}
		if (applyUntil.isAfter(startsOn)) {
			errors.rejectValue("applyUntil", "outlet.call.applyAfterStart");
		}
		else if (applyUntil.isBefore(today)) {
			errors.rejectValue("applyUntil", "outlet.call.applyPast");
		}
	}

	CallDraft toDraft() {
		return new CallDraft(startsOn, endsOn, applyUntil, confirmDays);
	}

	public LocalDate getStartsOn() {
		return startsOn;
	}

	public void setStartsOn(LocalDate startsOn) {
		this.startsOn = startsOn;
	}

	public LocalDate getEndsOn() {
		return endsOn;
	}

	public void setEndsOn(LocalDate endsOn) {
		this.endsOn = endsOn;
	}

	public LocalDate getApplyUntil() {
		return applyUntil;
	}

	public void setApplyUntil(LocalDate applyUntil) {
		this.applyUntil = applyUntil;
	}

	public Integer getConfirmDays() {
		return confirmDays;
	}

	public void setConfirmDays(Integer confirmDays) {
		this.confirmDays = confirmDays;
	}

}
