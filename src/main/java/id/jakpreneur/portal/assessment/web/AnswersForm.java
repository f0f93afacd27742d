package id.jakpreneur.portal.assessment.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import id.jakpreneur.portal.assessment.domain.Answers;
import id.jakpreneur.portal.assessment.policy.MainObstacle;
import id.jakpreneur.portal.entrepreneur.BusinessDetails;
import id.jakpreneur.portal.entrepreneur.BusinessStage;
import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.entrepreneur.SalesChannel;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.shared.Rupiah;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The assessment questionnaire as typed. The business facts start from the profile; the extra questions start
 * from the latest assessment's answers, or empty, so that they are answered on purpose. Simple rules are
 * annotations; the rules that depend on other answers are in {@link AnswersFormValidator}. Money stays text so
 * that "1.500.000" is read the Indonesian way.
 */
public class AnswersForm {

	static final String LICENCE_NUMBER = "^[A-Za-z0-9./\\- ]*$";

	@NotNull(message = "{validation.required}")
	private BusinessStage stage;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate runningSince;

	@NotNull(message = "{validation.required}")
	private Sector sector;

	private Boolean sellsRegularly;

	@Size(max = 30, message = "{validation.tooLong}")
	private String monthlySales;

	@Size(max = 30, message = "{validation.tooLong}")
	private String capital;

	@NotNull(message = "{validation.required}")
	@Min(value = 0, message = "{validation.notNegative}")
	@Max(value = 100000, message = "{validation.tooLarge}")
	private Integer employees;

	private Set<SalesChannel> channels = EnumSet.noneOf(SalesChannel.class);

	private Set<LicenceType> licences = EnumSet.noneOf(LicenceType.class);

	@Size(max = 40, message = "{validation.tooLong}")
	private String nibNumber;

	@Size(max = 40, message = "{validation.tooLong}")
	@Pattern(regexp = LICENCE_NUMBER, message = "{assessment.form.licenceNumber.invalid}")
	private String sppIrtNumber;

	@Size(max = 40, message = "{validation.tooLong}")
	@Pattern(regexp = LICENCE_NUMBER, message = "{assessment.form.licenceNumber.invalid}")
	private String halalNumber;

	@Size(max = 40, message = "{validation.tooLong}")
	@Pattern(regexp = LICENCE_NUMBER, message = "{assessment.form.licenceNumber.invalid}")
	private String hakiNumber;

	@Size(max = 40, message = "{validation.tooLong}")
	@Pattern(regexp = LICENCE_NUMBER, message = "{assessment.form.licenceNumber.invalid}")
	private String bpomNumber;

	private Boolean hasPackaging;

	private Boolean hasLabel;

	private Boolean knowsShelfLife;

	@NotNull(message = "{validation.required}")
	private Boolean keepsBooks;

	@NotNull(message = "{validation.required}")
	private Boolean separatesMoney;

	@NotNull(message = "{validation.required}")
	private Boolean hadCredit;

	@NotNull(message = "{validation.required}")
	private Boolean hasDigitalPresence;

	@NotNull(message = "{validation.required}")
	private MainObstacle mainObstacle;

	/** The profile's business facts, and the extra answers of the latest assessment when there is one. */
	static AnswersForm of(BusinessDetails profile, Optional<Answers> latest) {
		AnswersForm form = new AnswersForm();
		form.stage = profile.stage();
		form.runningSince = profile.startedOn();
		form.sector = profile.sector();
		form.monthlySales = Rupiah.format(profile.monthlySales());
		form.capital = Rupiah.format(profile.capital());
		form.employees = profile.employees();
		form.setChannels(profile.channels().isEmpty() ? null : EnumSet.copyOf(profile.channels()));
		form.setLicences(profile.licences().isEmpty() ? null : EnumSet.copyOf(profile.licences().keySet()));
		form.nibNumber = profile.licences().get(LicenceType.NIB);
		form.sppIrtNumber = profile.licences().get(LicenceType.SPP_IRT);
		form.halalNumber = profile.licences().get(LicenceType.HALAL);
		form.hakiNumber = profile.licences().get(LicenceType.HAKI);
		form.bpomNumber = profile.licences().get(LicenceType.BPOM);
		form.keepsBooks = profile.keepsBooks();
		form.hadCredit = profile.hadCredit();
		latest.ifPresent(answers -> {
			form.sellsRegularly = answers.sellsRegularly();
			form.hasPackaging = answers.hasPackaging();
			form.hasLabel = answers.hasLabel();
			form.knowsShelfLife = answers.knowsShelfLife();
			form.separatesMoney = answers.separatesMoney();
			form.hasDigitalPresence = answers.hasDigitalPresence();
			form.mainObstacle = answers.mainObstacle();
		});
		return form;
	}

	/** A form holding given answers, e.g. the latest assessment's, for a mentor who cannot open the profile. */
	static AnswersForm of(Answers answers) {
		AnswersForm form = new AnswersForm();
		form.stage = answers.stage();
		form.runningSince = answers.runningSince();
		form.sector = answers.sector();
		form.sellsRegularly = answers.stage() == BusinessStage.RUNNING ? answers.sellsRegularly() : null;
		form.monthlySales = Rupiah.format(answers.monthlySales());
		form.capital = Rupiah.format(answers.capital());
		form.employees = answers.employees();
		form.setChannels(answers.channels().isEmpty() ? null : EnumSet.copyOf(answers.channels()));
		form.setLicences(answers.licences().isEmpty() ? null : EnumSet.copyOf(answers.licences().keySet()));
		form.nibNumber = answers.licences().get(LicenceType.NIB);
		form.sppIrtNumber = answers.licences().get(LicenceType.SPP_IRT);
		form.halalNumber = answers.licences().get(LicenceType.HALAL);
		form.hakiNumber = answers.licences().get(LicenceType.HAKI);
		form.bpomNumber = answers.licences().get(LicenceType.BPOM);
		form.hasPackaging = answers.hasPackaging();
		form.hasLabel = answers.hasLabel();
		form.knowsShelfLife = answers.knowsShelfLife();
		form.keepsBooks = answers.keepsBooks();
		form.separatesMoney = answers.separatesMoney();
		form.hadCredit = answers.hadCredit();
		form.hasDigitalPresence = answers.hasDigitalPresence();
		form.mainObstacle = answers.mainObstacle();
		return form;
	}

	public BusinessStage getStage() {
		return stage;
	}

	public void setStage(BusinessStage stage) {
		this.stage = stage;
	}

	public LocalDate getRunningSince() {
		return runningSince;
	}

	public void setRunningSince(LocalDate runningSince) {
		this.runningSince = runningSince;
	}

	public Sector getSector() {
		return sector;
	}

	public void setSector(Sector sector) {
		this.sector = sector;
	}

	public Boolean getSellsRegularly() {
		return sellsRegularly;
	}

	public void setSellsRegularly(Boolean sellsRegularly) {
		this.sellsRegularly = sellsRegularly;
	}

	public String getMonthlySales() {
		return monthlySales;
	}

	public void setMonthlySales(String monthlySales) {
		this.monthlySales = monthlySales;
	}

	public String getCapital() {
		return capital;
	}

	public void setCapital(String capital) {
		this.capital = capital;
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

	public Boolean getHasPackaging() {
		return hasPackaging;
	}

	public void setHasPackaging(Boolean hasPackaging) {
		this.hasPackaging = hasPackaging;
	}

	public Boolean getHasLabel() {
		return hasLabel;
	}

	public void setHasLabel(Boolean hasLabel) {
		this.hasLabel = hasLabel;
	}

	public Boolean getKnowsShelfLife() {
		return knowsShelfLife;
	}

	public void setKnowsShelfLife(Boolean knowsShelfLife) {
		this.knowsShelfLife = knowsShelfLife;
	}

	public Boolean getKeepsBooks() {
		return keepsBooks;
	}

	public void setKeepsBooks(Boolean keepsBooks) {
		this.keepsBooks = keepsBooks;
	}

	public Boolean getSeparatesMoney() {
		return separatesMoney;
	}

	public void setSeparatesMoney(Boolean separatesMoney) {
		this.separatesMoney = separatesMoney;
	}

	public Boolean getHadCredit() {
		return hadCredit;
	}

	public void setHadCredit(Boolean hadCredit) {
		this.hadCredit = hadCredit;
	}

	public Boolean getHasDigitalPresence() {
		return hasDigitalPresence;
	}

	public void setHasDigitalPresence(Boolean hasDigitalPresence) {
		this.hasDigitalPresence = hasDigitalPresence;
	}

	public MainObstacle getMainObstacle() {
		return mainObstacle;
	}

	public void setMainObstacle(MainObstacle mainObstacle) {
		this.mainObstacle = mainObstacle;
	}

}
