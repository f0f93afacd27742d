package id.jakpreneur.portal.outlet.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import id.jakpreneur.portal.assessment.Phase;
import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.outlet.domain.Grade;
import id.jakpreneur.portal.outlet.domain.OutletDraft;
import id.jakpreneur.portal.outlet.domain.OutletKind;
import id.jakpreneur.portal.outlet.domain.OutletRules;
import id.jakpreneur.portal.shared.Rupiah;
import org.springframework.validation.Errors;

/** An outlet with its rules, as an officer types it. Empty category and licence lists mean "any" and "none". */
class OutletForm {

	static final String TEXT_PATTERN = "^[^<>]*$";

	@NotBlank(message = "{validation.required}")
	@Size(max = 160, message = "{validation.tooLong}")
	@Pattern(regexp = TEXT_PATTERN, message = "{validation.noAngleBrackets}")
	private String name;

	@NotNull(message = "{validation.required}")
	private OutletKind kind;

	private Long operatorPartnerId;

	@NotBlank(message = "{validation.required}")
	@Size(max = 300, message = "{validation.tooLong}")
	@Pattern(regexp = TEXT_PATTERN, message = "{validation.noAngleBrackets}")
	private String address;

	@NotBlank(message = "{validation.required}")
	private String villageCode;

	@NotBlank(message = "{validation.required}")
	@Size(max = 120, message = "{validation.tooLong}")
	@Pattern(regexp = TEXT_PATTERN, message = "{validation.noAngleBrackets}")
	private String openingHours;

	private List<Sector> eligibleSectors = new ArrayList<>();

	private Grade minGrade;

	private List<LicenceType> requiredLicences = new ArrayList<>();

	private Phase minPhase;

	@NotBlank(message = "{validation.required}")
	private String feePerPeriod = "0";

	@NotNull(message = "{validation.required}")
	@DecimalMin(value = "0", message = "{outlet.form.share.range}")
	@DecimalMax(value = "100", message = "{outlet.form.share.range}")
	@Digits(integer = 3, fraction = 2, message = "{outlet.form.share.range}")
	private BigDecimal revenueSharePercent = BigDecimal.ZERO;

	@NotNull(message = "{validation.required}")
	@Min(value = 1, message = "{outlet.form.rotation.range}")
	@Max(value = 24, message = "{outlet.form.rotation.range}")
	private Integer maxConsecutivePeriods = 1;

	/** Checks what Bean Validation cannot: the fee is a rupiah amount up to Rp 1 milyar. */
	void validateFee(Errors errors) {
		if (!errors.hasFieldErrors("feePerPeriod")
				&& (Rupiah.parse(feePerPeriod).isEmpty() || Rupiah.parse(feePerPeriod).getAsLong() > 1_000_000_000L)) {
			errors.rejectValue("feePerPeriod", "outlet.form.fee.invalid");
		}
	}

	OutletDraft toDraft() {
		return new OutletDraft(name.strip(), kind, operatorPartnerId, address.strip(), villageCode, openingHours.strip(),
				new OutletRules(asSet(eligibleSectors, Sector.class), minGrade, asSet(requiredLicences, LicenceType.class),
						minPhase, Rupiah.parse(feePerPeriod).orElse(0), revenueSharePercent, maxConsecutivePeriods));
	}

	static OutletForm of(OutletDraft draft) {
		OutletForm form = new OutletForm();
		form.name = draft.name();
		form.kind = draft.kind();
		form.operatorPartnerId = draft.operatorPartnerId();
		form.address = draft.address();
		form.villageCode = draft.villageCode();
		form.openingHours = draft.openingHours();
		OutletRules r = draft.rules();
		form.eligibleSectors = new ArrayList<>(r.eligibleSectors());
		form.minGrade = r.minGrade();
		form.requiredLicences = new ArrayList<>(r.requiredLicences());
		form.minPhase = r.minPhase();
		form.feePerPeriod = Rupiah.format(r.feePerPeriod());
		form.revenueSharePercent = r.revenueSharePercent();
		form.maxConsecutivePeriods = r.maxConsecutivePeriods();
		return form;
	}

	private static <E extends Enum<E>> EnumSet<E> asSet(List<E> values, Class<E> type) {
		EnumSet<E> set = EnumSet.noneOf(type);
		if (values != null) {
			values.stream().filter(v -> v != null).forEach(set::add);
		}
		return set;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public OutletKind getKind() {
		return kind;
	}

	public void setKind(OutletKind kind) {
		this.kind = kind;
	}

	public Long getOperatorPartnerId() {
		return operatorPartnerId;
	}

	public void setOperatorPartnerId(Long operatorPartnerId) {
		this.operatorPartnerId = operatorPartnerId;
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getVillageCode() {
		return villageCode;
	}

	public void setVillageCode(String villageCode) {
		this.villageCode = villageCode;
	}

	public String getOpeningHours() {
		return openingHours;
	}

	public void setOpeningHours(String openingHours) {
		this.openingHours = openingHours;
	}

	public List<Sector> getEligibleSectors() {
		return eligibleSectors;
	}

	public void setEligibleSectors(List<Sector> eligibleSectors) {
		this.eligibleSectors = eligibleSectors;
	}

	public Grade getMinGrade() {
		return minGrade;
	}

	public void setMinGrade(Grade minGrade) {
		this.minGrade = minGrade;
	}

	public List<LicenceType> getRequiredLicences() {
		return requiredLicences;
	}

	public void setRequiredLicences(List<LicenceType> requiredLicences) {
		this.requiredLicences = requiredLicences;
	}

	public Phase getMinPhase() {
		return minPhase;
	}

	public void setMinPhase(Phase minPhase) {
		this.minPhase = minPhase;
	}

	public String getFeePerPeriod() {
		return feePerPeriod;
	}

	public void setFeePerPeriod(String feePerPeriod) {
		this.feePerPeriod = feePerPeriod;
	}

	public BigDecimal getRevenueSharePercent() {
		return revenueSharePercent;
	}

	public void setRevenueSharePercent(BigDecimal revenueSharePercent) {
		this.revenueSharePercent = revenueSharePercent;
	}

	public Integer getMaxConsecutivePeriods() {
		return maxConsecutivePeriods;
	}

	public void setMaxConsecutivePeriods(Integer maxConsecutivePeriods) {
		this.maxConsecutivePeriods = maxConsecutivePeriods;
	}

}
