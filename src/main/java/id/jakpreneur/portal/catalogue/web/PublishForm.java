package id.jakpreneur.portal.catalogue.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import id.jakpreneur.portal.catalogue.domain.PublicProfile;

/**
 * What she publishes of her business on the Katalog (a public name and a short description, nothing else) and her
 * consent to publish, ticked by herself.
 */
class PublishForm {

	static final String TEXT_PATTERN = "^[^<>]*$";

	@NotBlank(message = "{validation.required}")
	@Size(max = 80, message = "{validation.tooLong}")
	@Pattern(regexp = TEXT_PATTERN, message = "{validation.noAngleBrackets}")
	private String publicName;

	@Size(max = 300, message = "{validation.tooLong}")
	@Pattern(regexp = TEXT_PATTERN, message = "{validation.noAngleBrackets}")
	private String description;

	@AssertTrue(message = "{catalogue.mine.agree.required}")
	private boolean agree;

	PublicProfile toProfile() {
		return new PublicProfile(publicName.strip(), description);
	}

	static PublishForm of(PublicProfile profile) {
		PublishForm form = new PublishForm();
		form.publicName = profile.publicName();
		form.description = profile.description();
		return form;
	}

	public String getPublicName() {
		return publicName;
	}

	public void setPublicName(String publicName) {
		this.publicName = publicName;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public boolean isAgree() {
		return agree;
	}

	public void setAgree(boolean agree) {
		this.agree = agree;
	}

}
