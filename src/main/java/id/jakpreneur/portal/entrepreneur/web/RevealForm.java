package id.jakpreneur.portal.entrepreneur.web;

import jakarta.validation.constraints.NotNull;

import id.jakpreneur.portal.entrepreneur.domain.PersonalDataField;
import id.jakpreneur.portal.entrepreneur.domain.RevealPurpose;
import id.jakpreneur.portal.entrepreneur.domain.RevealRequest;

/** The officer's reveal of a NIK or KK: which number, the purpose from the list, and the reason in words. */
public class RevealForm {

	@NotNull(message = "{officer.reveal.field.required}")
	private PersonalDataField field = PersonalDataField.NIK;

	@NotNull(message = "{officer.reveal.purpose.required}")
	private RevealPurpose purpose;

	private String reason = "";

	RevealRequest toRequest() {
		return new RevealRequest(field, purpose, reason);
	}

	public PersonalDataField getField() {
		return field;
	}

	public void setField(PersonalDataField field) {
		this.field = field;
	}

	public RevealPurpose getPurpose() {
		return purpose;
	}

	public void setPurpose(RevealPurpose purpose) {
		this.purpose = purpose;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason == null ? "" : reason;
	}

}
