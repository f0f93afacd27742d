package id.jakpreneur.portal.entrepreneur.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import id.jakpreneur.portal.entrepreneur.BusinessDetails;
import id.jakpreneur.portal.entrepreneur.BusinessStage;
import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.entrepreneur.PhoneNumbers;
import id.jakpreneur.portal.entrepreneur.SalesChannel;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.entrepreneur.domain.Gender;
import id.jakpreneur.portal.entrepreneur.domain.TargetGroup;
import id.jakpreneur.portal.shared.Rupiah;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The person and the business, as typed: used for registration, walk-in registration and profile corrections.
 * Simple rules are annotations here; the rules that need several fields or reference data are in
 * {@link ParticipantFormValidator}. Money stays text so that "1.500.000" can be read the Indonesian way.
 */
public class ParticipantForm {

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
	@NotNull(message = "{validation.required}")
	private BusinessStage stage;

	@NotBlank(message = "{validation.required}")
	@Size(max = 120, message = "{validation.tooLong}")
	@Pattern(regexp = TEXT_PATTERN, message = "{validation.noAngleBrackets}")
	private String businessName;

	@NotNull(message = "{validation.required}")
	private Sector sector;

	@NotBlank(message = "{validation.required}")
	@Size(max = 500, message = "{validation.tooLong}")
	@Pattern(regexp = TEXT_PATTERN, message = "{validation.noAngleBrackets}")
	private String products;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startedOn;

	@Size(max = 30, message = "{validation.tooLong}")
	private String capital;

	@Size(max = 30, message = "{validation.tooLong}")
	private String monthlySales;

	@NotNull(message = "{validation.required}")
	@Min(value = 0, message = "{validation.notNegative}")
	@Max(value = 100000, message = "{validation.tooLarge}")
	private Integer employees;

	private Set<SalesChannel> channels = EnumSet.noneOf(SalesChannel.class);

	private Set<LicenceType> licences = EnumSet.noneOf(LicenceType.class);

	@Size(max = 40, message = "{validation.tooLong}")
	private String nibNumber;

	@Size(max = 40, message = "{validation.tooLong}")
	@Pattern(regexp = "^[A-Za-z0-9./\\- ]*$", message = "{participant.licenceNumber.invalid}")
	private String sppIrtNumber;

	@Size(max = 40, message = "{validation.tooLong}")
	@Pattern(regexp = "^[A-Za-z0-9./\\- ]*$", message = "{participant.licenceNumber.invalid}")
	private String halalNumber;

	@Size(max = 40, message = "{validation.tooLong}")
	@Pattern(regexp = "^[A-Za-z0-9./\\- ]*$", message = "{participant.licenceNumber.invalid}")
	private String hakiNumber;

	@Size(max = 40, message = "{validation.tooLong}")
	@Pattern(regexp = "^[A-Za-z0-9./\\- ]*$", message = "{participant.licenceNumber.invalid}")
	private String bpomNumber;

	@NotNull(message = "{validation.required}")
	private Boolean keepsBooks;

	@NotNull(message = "{validation.required}")
	private Boolean hadCredit;

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
		form.stage = b.stage();
		form.businessName = b.name();
		form.sector = b.sector();
		form.products = b.products();
		form.startedOn = b.startedOn();
		form.capital = Rupiah.format(b.capital());
		form.monthlySales = Rupiah.format(b.monthlySales());
		form.employees = b.employees();
		form.setChannels(b.channels().isEmpty() ? null : EnumSet.copyOf(b.channels()));
		form.setLicences(b.licences().isEmpty() ? null : EnumSet.copyOf(b.licences().keySet()));
		form.nibNumber = b.licences().get(LicenceType.NIB);
		form.sppIrtNumber = b.licences().get(LicenceType.SPP_IRT);
		form.halalNumber = b.licences().get(LicenceType.HALAL);
		form.hakiNumber = b.licences().get(LicenceType.HAKI);
		form.bpomNumber = b.licences().get(LicenceType.BPOM);
		form.keepsBooks = b.keepsBooks();
		form.hadCredit = b.hadCredit();
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

	public BusinessStage getStage() {
		return stage;
	}

	public void setStage(BusinessStage stage) {
		this.stage = stage;
	}

	public String getBusinessName() {
		return businessName;
	}

	public void setBusinessName(String businessName) {
		this.businessName = businessName;
	}

	public Sector getSector() {
		return sector;
	}

	public void setSector(Sector sector) {
		this.sector = sector;
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

	public String getCapital() {
		return capital;
	}

	public void setCapital(String capital) {
		this.capital = capital;
	}

	public String getMonthlySales() {
		return monthlySales;
	}

	public void setMonthlySales(String monthlySales) {
		this.monthlySales = monthlySales;
	}

	public Integer getEmployees() {
		return employees;
	}

	public void setEmployees(Integer employees) {
		this.employees = employees;
	}

	public Set<SalesChannel> getChannels() {
		return channels;
	}

	public void setChannels(Set<SalesChannel> channels) {
		this.channels = channels == null ? EnumSet.noneOf(SalesChannel.class) : channels;
	}

	public Set<LicenceType> getLicences() {
		return licences;
	}

	public void setLicences(Set<LicenceType> licences) {
		this.licences = licences == null ? EnumSet.noneOf(LicenceType.class) : licences;
	}

	public String getNibNumber() {
		return nibNumber;
	}

	public void setNibNumber(String nibNumber) {
		this.nibNumber = nibNumber;
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

	public String getHakiNumber() {
		return hakiNumber;
	}

	public void setHakiNumber(String hakiNumber) {
		this.hakiNumber = hakiNumber;
	}

	public String getBpomNumber() {
		return bpomNumber;
	}

	public void setBpomNumber(String bpomNumber) {
		this.bpomNumber = bpomNumber;
	}

	public Boolean getKeepsBooks() {
		return keepsBooks;
	}

	public void setKeepsBooks(Boolean keepsBooks) {
		this.keepsBooks = keepsBooks;
	}

	public Boolean getHadCredit() {
		return hadCredit;
	}

	public void setHadCredit(Boolean hadCredit) {
		this.hadCredit = hadCredit;
	}

}
