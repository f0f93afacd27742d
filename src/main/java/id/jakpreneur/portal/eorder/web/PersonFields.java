package id.jakpreneur.portal.eorder.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import id.jakpreneur.portal.eorder.domain.BuyerDraft;

/**
 * A purchasing officer as a form gives them (the administrator's "add a buyer" and, with the organisation, the public
 * request): the checks of name, work e-mail, phone and position in one place. Phone and position are optional here;
 * the public request makes them required.
 */
class PersonFields {

	@NotBlank(message = "{validation.required}")
	@Size(max = 120, message = "{validation.tooLong}")
	@Pattern(regexp = "^([\\p{L}][\\p{L} .,'\\-]*)?$", message = "{eorder.field.fullName.invalid}")
	private String fullName;

	@NotBlank(message = "{validation.required}")
	@Email(message = "{validation.email}")
	@Size(max = 254, message = "{validation.tooLong}")
	private String email;

	@Size(max = 20, message = "{validation.tooLong}")
	@Pattern(regexp = "^(\\+?[0-9][0-9 ().\\-]{5,})?$", message = "{eorder.field.phone.invalid}")
	private String phone;

	@Size(max = 120, message = "{validation.tooLong}")
	@Pattern(regexp = "^[^<>]*$", message = "{validation.noAngleBrackets}")
	private String position;

	BuyerDraft toDraft() {
		return new BuyerDraft(fullName, email, phone, position);
	}

	public String getFullName() {
		return fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getPosition() {
		return position;
	}

	public void setPosition(String position) {
		this.position = position;
	}

}
