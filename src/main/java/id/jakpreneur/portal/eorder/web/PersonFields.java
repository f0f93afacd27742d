package id.jakpreneur.portal.eorder.web;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import id.jakpreneur.portal.eorder.domain.BuyerDraft;
import id.jakpreneur.portal.shared.ContactPersonForm;

/**
 * A purchasing officer as a form gives them (the administrator's "add a buyer" and, with the organisation, the public
 * request): the shared contact fields with their position. Phone and position are optional here; the public request
 * makes them required.
 */
class PersonFields extends ContactPersonForm {

	@Size(max = 120, message = "{validation.tooLong}")
	@Pattern(regexp = "^[^<>]*$", message = "{validation.noAngleBrackets}")
	private String position;

	BuyerDraft toDraft() {
		return new BuyerDraft(getFullName(), getEmail(), getPhone(), getPosition());
	}

	public String getPosition() {
		return position;
	}

	public void setPosition(String position) {
		this.position = position;
	}

}
