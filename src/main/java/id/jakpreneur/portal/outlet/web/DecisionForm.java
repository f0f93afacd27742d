package id.jakpreneur.portal.outlet.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/** A mentor's verification or an officer's validation: approve, or return with a note saying what to fix. */
class DecisionForm {

	@NotNull(message = "{outlet.decision.required}")
	private Boolean approve;

	@Size(max = 500, message = "{validation.tooLong}")
	@Pattern(regexp = OutletForm.TEXT_PATTERN, message = "{validation.noAngleBrackets}")
	private String note;

	void requireNoteOnReturn(Errors errors) {
		if (Boolean.FALSE.equals(approve) && (note == null || note.isBlank()) && !errors.hasFieldErrors("note")) {
			errors.rejectValue("note", "outlet.curation.noteRequired");
		}
	}

	public Boolean getApprove() {
		return approve;
	}

	public void setApprove(Boolean approve) {
		this.approve = approve;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
