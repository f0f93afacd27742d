package id.jakpreneur.portal.entrepreneur.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import id.jakpreneur.portal.entrepreneur.BusinessDetails;
import id.jakpreneur.portal.entrepreneur.BusinessFactsForm;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.account.PhoneNumbers;
import id.jakpreneur.portal.entrepreneur.domain.Gender;
import id.jakpreneur.portal.entrepreneur.domain.TargetGroup;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The person and the business, as typed: used for registration, walk-in registration and profile corrections.
 * Simple rules are annotations here; the rules that need several fields or reference data are in
 * {@link ParticipantFormValidator}. Money stays text so that "1.500.000" can be read the Indonesian way.
 */
public class ParticipantForm extends BusinessFactsForm {

	static final String NAME_PATTERN = "^([\\p{L}][\\p{L} .,'\\-]*)?$";

	static final String TEXT_PATTERN = "^[^<>]*$";

	// person
	@NotBlank(message = "{validation.required}")
	@Size(max = 120, message = "{validation.tooLong}")
	@Pattern(regexp = NAME_PATTERN, message = "{participant.fullName.invalid}")
	private String fullName;

	@Size(max = 40, message = "{validation.tooLong}")
	private String nik;

	@Size(max = 40, message = "{validation.tooLong}")
	private String kk;

	@NotNull(message = "{validation.required}")
	private Gender gender;

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate birthDate;

	@NotBlank(message = "{validation.required}")
	@Size(max = 30, message = "{validation.tooLong}")
	private String phone;

	private String cityCode;

	private String districtCode;

	@NotBlank(message = "{validation.required}")
	private String villageCode;

	@NotBlank(message = "{validation.required}")
	@Size(max = 300, message = "{validation.tooLong}")
	@Pattern(regexp = TEXT_PATTERN, message = "{validation.noAngleBrackets}")
	private String address;

	private Set<TargetGroup> targetGroups = EnumSet.noneOf(TargetGroup.class);

	// business
	@NotBlank(message = "{validation.required}")
	@Size(max = 120, message = "{validation.tooLong}")
	@Pattern(regexp = TEXT_PATTERN, message = "{validation.noAngleBrackets}")
	private String businessName;

	@NotBlank(message = "{validation.required}")
	@Size(max = 500, message = "{validation.tooLong}")
	@Pattern(regexp = TEXT_PATTERN, message = "{validation.noAngleBrackets}")
	private String products;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startedOn;

	public ParticipantForm() {
		super("participant.", "startedOn");
	}

	@Override
	protected LocalDate startedOn() {
		return startedOn;
	}

	/** A form filled with what is on record; NIK and KK stay empty, since they are never sent to a browser. */
	static ParticipantForm of(ParticipantView p) {
		ParticipantForm form = new ParticipantForm();
		form.fullName = p.fullName();
		form.gender = p.gender();
		form.birthDate = p.birthDate();
		form.phone = PhoneNumbers.display(p.phone());
		form.cityCode = p.cityCode();
		form.districtCode = p.districtCode();
		form.villageCode = p.villageCode();
		form.address = p.address();
		form.setTargetGroups(p.targetGroups().isEmpty() ? null : EnumSet.copyOf(p.targetGroups()));
		BusinessDetails b = p.business();
		form.fill(b);
		form.businessName = b.name();
		form.products = b.products();
		form.startedOn = b.startedOn();
		return form;
	}

	public String getFullName() {
		return fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public String getNik() {
		return nik;
	}

	public void setNik(String nik) {
		this.nik = nik;
	}

	public String getKk() {
		return kk;
	}

	public void setKk(String kk) {
		this.kk = kk;
	}

	public Gender getGender() {
		return gender;
	}

	public void setGender(Gender gender) {
		this.gender = gender;
	}

	public LocalDate getBirthDate() {
		return birthDate;
	}

	public void setBirthDate(LocalDate birthDate) {
		this.birthDate = birthDate;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getCityCode() {
		return cityCode;
	}

	public void setCityCode(String cityCode) {
		this.cityCode = cityCode;
	}

	public String getDistrictCode() {
		return districtCode;
	}

	public void setDistrictCode(String districtCode) {
		this.districtCode = districtCode;
	}

	public String getVillageCode() {
		return villageCode;
	}

	public void setVillageCode(String villageCode) {
		this.villageCode = villageCode;
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public Set<TargetGroup> getTargetGroups() {
		return targetGroups;
	}

	public void setTargetGroups(Set<TargetGroup> targetGroups) {
		this.targetGroups = targetGroups == null ? EnumSet.noneOf(TargetGroup.class) : targetGroups;
	}

	public String getBusinessName() {
		return businessName;
	}

	public void setBusinessName(String businessName) {
		this.businessName = businessName;
	}

	public String getProducts() {
		return products;
	}

	public void setProducts(String products) {
		this.products = products;
	}

	public LocalDate getStartedOn() {
		return startedOn;
	}

	public void setStartedOn(LocalDate startedOn) {
		this.startedOn = startedOn;
	}

}
