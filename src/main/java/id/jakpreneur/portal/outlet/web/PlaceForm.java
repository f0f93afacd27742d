package id.jakpreneur.portal.outlet.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import id.jakpreneur.portal.outlet.domain.PlaceDraft;
import id.jakpreneur.portal.outlet.domain.PlaceKind;


/** A new place: a short code (S01, K1-A, RAK03), its kind, and how many products it shows. */
class PlaceForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 20, message = "{validation.tooLong}")
	@Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9.-]*$", message = "{outlet.place.code.pattern}")
	private String code;

	@NotNull(message = "{validation.required}")
	private PlaceKind kind;

	@NotNull(message = "{validation.required}")
	@Min(value = 1, message = "{outlet.place.capacity.range}")
	@Max(value = 50, message = "{outlet.place.capacity.range}")
	private Integer productCapacity = 1;

	PlaceDraft toDraft() {
		return new PlaceDraft(code.strip(), kind, productCapacity);
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public PlaceKind getKind() {
		return kind;
	}

	public void setKind(PlaceKind kind) {
		this.kind = kind;
	}

	public Integer getProductCapacity() {
		return productCapacity;
	}

	public void setProductCapacity(Integer productCapacity) {
		this.productCapacity = productCapacity;
	}

}
