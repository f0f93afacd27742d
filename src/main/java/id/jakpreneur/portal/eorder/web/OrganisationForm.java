package id.jakpreneur.portal.eorder.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import id.jakpreneur.portal.eorder.domain.OrganisationKind;

/** A buyer organisation as the administrator types it; the kota is one of the list (or none: province-wide). */
class OrganisationForm {

	@NotNull(message = "{validation.required}")
	private OrganisationKind kind;

	@NotBlank(message = "{validation.required}")
	@Size(max = 160, message = "{validation.tooLong}")
	@Pattern(regexp = "^[^<>]*$", message = "{validation.noAngleBrackets}")
	private String name;

	@Size(max = 13, message = "{validation.invalidChoice}")
	private String cityCode;

	public OrganisationKind getKind() {
		return kind;
	}

	public void setKind(OrganisationKind kind) {
		this.kind = kind;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getCityCode() {
		return cityCode;
	}

	public void setCityCode(String cityCode) {
		this.cityCode = cityCode;
	}

}
