package id.jakpreneur.portal.partner.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import id.jakpreneur.portal.partner.PartnerDraft;
import id.jakpreneur.portal.partner.PartnerKind;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** A partner organisation and its MoU, as an officer types them. The MoU is all three fields or none. */
class PartnerForm {

	static final String TEXT_PATTERN = "^[^<>]*$";

	@NotNull(message = "{validation.required}")
	private PartnerKind kind;

	@NotBlank(message = "{validation.required}")
	@Size(max = 120, message = "{validation.tooLong}")
	@Pattern(regexp = TEXT_PATTERN, message = "{validation.noAngleBrackets}")
	private String name;

	@Size(max = 60, message = "{validation.tooLong}")
	@Pattern(regexp = "^[A-Za-z0-9./\\- ]*$", message = "{partner.mou.number.invalid}")
	private String mouNumber;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate mouStart;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate mouEnd;

	static PartnerForm of(PartnerDraft draft) {
		PartnerForm form = new PartnerForm();
		form.kind = draft.kind();
		form.name = draft.name();
		form.mouNumber = draft.mouNumber();
		form.mouStart = draft.mouStart();
		form.mouEnd = draft.mouEnd();
		return form;
	}

	/** The rules that need several fields: an MoU has a number, a start and an end, and ends after it starts. */
	void validateMou(Errors errors) {
		boolean number = mouNumber != null && !mouNumber.isBlank();
		if (!number && mouStart == null && mouEnd == null) {
			return;
		}
		if (!number && !errors.hasFieldErrors("mouNumber")) {
			errors.rejectValue("mouNumber", "partner.mou.incomplete");
		}
		if (mouStart == null && !errors.hasFieldErrors("mouStart")) {
			errors.rejectValue("mouStart", "partner.mou.incomplete");
		}
		if (mouEnd == null && !errors.hasFieldErrors("mouEnd")) {
			errors.rejectValue("mouEnd", "partner.mou.incomplete");
		}
		if (mouStart != null && mouEnd != null && mouEnd.isBefore(mouStart)) {
			errors.rejectValue("mouEnd", "partner.mou.endBeforeStart");
		}
	}

	PartnerDraft toDraft() {
		return new PartnerDraft(kind, name.strip(), mouNumber, mouStart, mouEnd);
	}

	public PartnerKind getKind() {
		return kind;
	}

	public void setKind(PartnerKind kind) {
		this.kind = kind;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getMouNumber() {
		return mouNumber;
	}

	public void setMouNumber(String mouNumber) {
		this.mouNumber = mouNumber;
	}

	public LocalDate getMouStart() {
		return mouStart;
	}

	public void setMouStart(LocalDate mouStart) {
		this.mouStart = mouStart;
	}

	public LocalDate getMouEnd() {
		return mouEnd;
	}

	public void setMouEnd(LocalDate mouEnd) {
		this.mouEnd = mouEnd;
	}

}
