package id.jakpreneur.portal.partner.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import id.jakpreneur.portal.partner.domain.ContactDraft;

/** A partner's contact person. Office numbers are allowed, so the phone is checked for its characters only. */
class ContactForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 120, message = "{validation.tooLong}")
	@Pattern(regexp = "^([\\p{L}][\\p{L} .,'\\-]*)?$", message = "{partner.contact.name.invalid}")
	private String fullName;

	@NotBlank(message = "{validation.required}")
	@Email(message = "{validation.email}")
	@Size(max = 254, message = "{validation.tooLong}")
	private String email;

	@Size(max = 20, message = "{validation.tooLong}")
	@Pattern(regexp = "^(\\+?[0-9][0-9 ().\\-]{5,})?$", message = "{partner.contact.phone.invalid}")
	private String phone;

	ContactDraft toDraft() {
		return new ContactDraft(fullName, email, phone);
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

}
