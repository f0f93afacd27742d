package id.jakpreneur.portal.outlet.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.outlet.domain.ProductDraft;
import id.jakpreneur.portal.shared.Rupiah;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * A product for curation with its photo. The photo's type and size are checked by the service from its bytes; the
 * licence numbers are optional and only letters, digits and . / - are accepted.
 */
class ProductForm {

	static final String NUMBER_PATTERN = "^[A-Za-z0-9./ -]*$";

	@NotBlank(message = "{validation.required}")
	@Size(max = 120, message = "{validation.tooLong}")
	@Pattern(regexp = OutletForm.TEXT_PATTERN, message = "{validation.noAngleBrackets}")
	private String name;

	@NotNull(message = "{validation.required}")
	private Sector sector;

	@NotBlank(message = "{validation.required}")
	private String price;

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.tooLong}")
	@Pattern(regexp = OutletForm.TEXT_PATTERN, message = "{validation.noAngleBrackets}")
	private String packaging;

	@Size(max = 40, message = "{validation.tooLong}")
	@Pattern(regexp = NUMBER_PATTERN, message = "{outlet.product.number.pattern}")
	private String sppIrtNumber;

	@Size(max = 40, message = "{validation.tooLong}")
	@Pattern(regexp = NUMBER_PATTERN, message = "{outlet.product.number.pattern}")
	private String halalNumber;

	@Size(max = 40, message = "{validation.tooLong}")
	@Pattern(regexp = NUMBER_PATTERN, message = "{outlet.product.number.pattern}")
	private String bpomNumber;

	private MultipartFile photo;

	void validatePrice(Errors errors) {
		if (!errors.hasFieldErrors("price")
				&& (Rupiah.parse(price).orElse(0) < 1 || Rupiah.parse(price).getAsLong() > 1_000_000_000L)) {
			errors.rejectValue("price", "outlet.product.price.invalid");
		}
	}

	ProductDraft toDraft() {
		return new ProductDraft(name.strip(), sector, Rupiah.parse(price).orElseThrow(), packaging.strip(), sppIrtNumber,
				halalNumber, bpomNumber);
	}

	static ProductForm of(ProductDraft draft) {
		ProductForm form = new ProductForm();
		form.name = draft.name();
		form.sector = draft.sector();
		form.price = Rupiah.format(draft.price());
		form.packaging = draft.packaging();
		form.sppIrtNumber = draft.sppIrtNumber();
		form.halalNumber = draft.halalNumber();
		form.bpomNumber = draft.bpomNumber();
		return form;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Sector getSector() {
		return sector;
	}

	public void setSector(Sector sector) {
		this.sector = sector;
	}

	public String getPrice() {
		return price;
	}

	public void setPrice(String price) {
		this.price = price;
	}

	public String getPackaging() {
		return packaging;
	}

	public void setPackaging(String packaging) {
		this.packaging = packaging;
	}

	public String getSppIrtNumber() {
		return sppIrtNumber;
	}

	public void setSppIrtNumber(String sppIrtNumber) {
		this.sppIrtNumber = sppIrtNumber;
	}

	public String getHalalNumber() {
		return halalNumber;
	}

	public void setHalalNumber(String halalNumber) {
		this.halalNumber = halalNumber;
	}

	public String getBpomNumber() {
		return bpomNumber;
	}

	public void setBpomNumber(String bpomNumber) {
		this.bpomNumber = bpomNumber;
	}

	public MultipartFile getPhoto() {
		return photo;
	}

	public void setPhoto(MultipartFile photo) {
		this.photo = photo;
	}

}
