package id.jakpreneur.portal.training.web;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import id.jakpreneur.portal.training.domain.SessionDraft;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** One session of a class: day, start and end time (as a browser's time input sends them), place or link. */
class SessionForm {

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime start;

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime end;

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.tooLong}")
	@Pattern(regexp = ClassForm.TEXT_PATTERN, message = "{validation.noAngleBrackets}")
	private String place;

	void validateTimes(Errors errors) {
		if (start != null && end != null && !end.isAfter(start) && !errors.hasFieldErrors("end")) {
			errors.rejectValue("end", "programme.session.endBeforeStart");
		}
	}

	SessionDraft toDraft() {
		return new SessionDraft(date, start, end, place.strip());
	}

	public LocalDate getDate() {
		return date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public LocalTime getStart() {
		return start;
	}

	public void setStart(LocalTime start) {
		this.start = start;
	}

	public LocalTime getEnd() {
		return end;
	}

	public void setEnd(LocalTime end) {
		this.end = end;
	}

	public String getPlace() {
		return place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

}
