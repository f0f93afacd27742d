package id.jakpreneur.portal.licensing.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.licensing.LicenceStatus;
import id.jakpreneur.portal.licensing.domain.LicenceDraft;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/** One licence as the participant records it; the service checks the rules that join fields. */
class LicenceForm {

	@NotNull(message = "{validation.required}")
	private LicenceType type;

	@Size(max = 80, message = "{validation.tooLong}")
	@Pattern(regexp = "^[^<>]*$", message = "{validation.noAngleBrackets}")
	private String otherName;

	@NotNull(message = "{validation.required}")
	private LicenceStatus status;

	@Size(max = 40, message = "{validation.tooLong}")
	@Pattern(regexp = "^[A-Za-z0-9./\\- ]*$", message = "{participant.licenceNumber.invalid}")
	private String number;

	@DateTimeFormat(pattern = "yyyy-MM-dd")
	private LocalDate issuedOn;

	@DateTimeFormat(pattern = "yyyy-MM-dd")
	private LocalDate expiresOn;

	/** The photo or scan of the certificate; required for an issued licence without a document yet. */
	private MultipartFile document;

	/** An NIB is 13 digits, whatever else a number may look like. */
	void validateNumber(Errors errors) {
		if (type == LicenceType.NIB && number != null && !number.isBlank() && !errors.hasFieldErrors("number")
				&& !number.strip().matches("\\d{13}")) {
			errors.rejectValue("number", "participant.nib.invalid");
		}
	}

	LicenceDraft toDraft() {
		return new LicenceDraft(type, otherName, status, number == null ? null : number.strip(), issuedOn, expiresOn);
	}

	public LicenceType getType() {
		return type;
	}

	public void setType(LicenceType type) {
		this.type = type;
	}

	public String getOtherName() {
		return otherName;
	}

	public void setOtherName(String otherName) {
		this.otherName = otherName;
	}

	public LicenceStatus getStatus() {
		return status;
	}

	public void setStatus(LicenceStatus status) {
		this.status = status;
	}

	public String getNumber() {
		return number;
	}

	public void setNumber(String number) {
		this.number = number;
	}

	public LocalDate getIssuedOn() {
		return issuedOn;
	}

	public void setIssuedOn(LocalDate issuedOn) {
		this.issuedOn = issuedOn;
	}

	public LocalDate getExpiresOn() {
		return expiresOn;
	}

	public void setExpiresOn(LocalDate expiresOn) {
		this.expiresOn = expiresOn;
	}

	public MultipartFile getDocument() {
		return document;
	}

	public void setDocument(MultipartFile document) {
		this.document = document;
	}

}
