package id.jakpreneur.portal.eorder.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import id.jakpreneur.portal.eorder.domain.OrganisationKind;
import org.springframework.validation.Errors;

/** The public request for a buyer account: the organisation, and the person with phone and position required. */
class RequestForm extends PersonFields {

	@NotNull(message = "{validation.required}")
	private OrganisationKind organisationKind;

	@NotBlank(message = "{validation.required}")
	@Size(max = 160, message = "{validation.tooLong}")
	@Pattern(regexp = "^[^<>]*$", message = "{validation.noAngleBrackets}")
	private String organisationName;

	/** Phone and position, optional for an administrator's buyer, are needed to judge a request. */
	void validateContact(Errors errors) {
		if ((getPhone() == null || getPhone().isBlank()) && !errors.hasFieldErrors("phone")) {
			errors.rejectValue("phone", "validation.required");
		}
		if ((getPosition() == null || getPosition().isBlank()) && !errors.hasFieldErrors("position")) {
			errors.rejectValue("position", "validation.required");
		}
	}

	public OrganisationKind getOrganisationKind() {
		return organisationKind;
	}

	public void setOrganisationKind(OrganisationKind organisationKind) {
		this.organisationKind = organisationKind;
	}

	public String getOrganisationName() {
		return organisationName;
	}

	public void setOrganisationName(String organisationName) {
		this.organisationName = organisationName;
	}

}
