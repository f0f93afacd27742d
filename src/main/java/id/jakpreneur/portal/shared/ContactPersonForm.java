package id.jakpreneur.portal.shared;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A contact person as a form gives them (a partner's contact, a buyer, a buyer's account request): name, work e-mail
 * and phone, checked in one place. Office numbers are allowed, so the phone is checked for its characters only and is
 * optional here; a form that needs it says so. Feature forms extend this with what they add.
 */
public class ContactPersonForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 120, message = "{validation.tooLong}")
	@Pattern(regexp = "^([\\p{L}][\\p{L} .,'\\-]*)?$", message = "{contact.fullName.invalid}")
	private String fullName;

	@NotBlank(message = "{validation.required}")
	@Email(message = "{validation.email}")
	@Size(max = 254, message = "{validation.tooLong}")
	private String email;

	@Size(max = 20, message = "{validation.tooLong}")
	@Pattern(regexp = "^(\\+?[0-9][0-9 ().\\-]{5,})?$", message = "{contact.phone.invalid}")
	private String phone;

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
