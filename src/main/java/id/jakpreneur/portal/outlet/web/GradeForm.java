package id.jakpreneur.portal.outlet.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import id.jakpreneur.portal.outlet.domain.Grade;


/** A curator's grade with the notes the participant will read. */
class GradeForm {

	@NotNull(message = "{validation.required}")
	private Grade grade;

	@NotBlank(message = "{validation.required}")
	@Size(max = 1000, message = "{validation.tooLong}")
	@Pattern(regexp = OutletForm.TEXT_PATTERN, message = "{validation.noAngleBrackets}")
	private String notes;

	public Grade getGrade() {
		return grade;
	}

	public void setGrade(Grade grade) {
		this.grade = grade;
	}

	public String getNotes() {
		return notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

}
