package id.jakpreneur.portal.entrepreneur;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import id.jakpreneur.portal.entrepreneur.domain.IdentityNumbers;
import id.jakpreneur.portal.shared.Rupiah;

/**
 * The business facts as typed, the one form piece that registration, the profile and the assessment
 * questionnaire share: stage, sector, money, staff, sales channels, licences with their numbers, bookkeeping and
 * credit. Each page's form extends it, so the fields keep their plain names ({@code capital}, {@code nibNumber}).
 * The date the business started is the page's own field ({@code startedOn} on the profile, {@code runningSince}
 * in the questionnaire), as are the message keys' prefix. Simple rules are annotations; the rest is
 * {@link BusinessFactsValidator}. Money stays text so that "1.500.000" is read the Indonesian way.
 */
public abstract class BusinessFactsForm {

	private final String messagePrefix;

	private final String startedOnField;

	@NotNull(message = "{validation.required}")
	private BusinessStage stage;

	@NotNull(message = "{validation.required}")
	private Sector sector;

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
	private String sppIrtNumber;

	@Size(max = 40, message = "{validation.tooLong}")
	private String halalNumber;

	@Size(max = 40, message = "{validation.tooLong}")
	private String hakiNumber;

	@Size(max = 40, message = "{validation.tooLong}")
	private String bpomNumber;

	@NotNull(message = "{validation.required}")
	private Boolean keepsBooks;

	@NotNull(message = "{validation.required}")
	private Boolean hadCredit;

	/**
	 * @param messagePrefix the prefix of this page's message keys, such as {@code "participant."}
	 * @param startedOnField the name of this page's field for the date the business started
	 */
	protected BusinessFactsForm(String messagePrefix, String startedOnField) {
		this.messagePrefix = messagePrefix;
		this.startedOnField = startedOnField;
	}

	/** The date the business started, as typed in this page's own field. */
	protected abstract LocalDate startedOn();

	String messagePrefix() {
		return messagePrefix;
	}

	String startedOnField() {
		return startedOnField;
	}

	/** Fills the facts from what is on record; licence numbers by type, amounts written the Indonesian way. */
	protected void fill(BusinessStage stage, Sector sector, long capital, long monthlySales, int employees,
			Set<SalesChannel> channels, Map<LicenceType, String> licences, boolean keepsBooks, boolean hadCredit) {
		this.stage = stage;
		this.sector = sector;
		this.capital = Rupiah.format(capital);
		this.monthlySales = Rupiah.format(monthlySales);
		this.employees = employees;
		setChannels(channels.isEmpty() ? null : EnumSet.copyOf(channels));
		setLicences(licences.isEmpty() ? null : EnumSet.copyOf(licences.keySet()));
		this.nibNumber = licences.get(LicenceType.NIB);
		this.sppIrtNumber = licences.get(LicenceType.SPP_IRT);
		this.halalNumber = licences.get(LicenceType.HALAL);
		this.hakiNumber = licences.get(LicenceType.HAKI);
		this.bpomNumber = licences.get(LicenceType.BPOM);
		this.keepsBooks = keepsBooks;
		this.hadCredit = hadCredit;
	}

	/** Fills the facts from a participant's business profile. */
	protected void fill(BusinessDetails business) {
		fill(business.stage(), business.sector(), business.capital(), business.monthlySales(), business.employees(),
				business.channels(), business.licences(), business.keepsBooks(), business.hadCredit());
	}

	/** The licences ticked, each with its number (an NIB without separators; empty where there is none). */
	public Map<LicenceType, String> licenceNumbers() {
		Map<LicenceType, String> numbers = new EnumMap<>(LicenceType.class);
		for (LicenceType type : licences) {
			numbers.put(type, number(type));
		}
		return numbers;
	}

	/** The number typed for one licence type: an NIB without the separators people type; never null. */
	String number(LicenceType type) {
		String number = switch (type) {
			case NIB -> IdentityNumbers.clean(nibNumber);
			case SPP_IRT -> sppIrtNumber;
			case HALAL -> halalNumber;
			case HAKI -> hakiNumber;
			case BPOM -> bpomNumber;
			case PKP, OTHER -> null;
		};
		return number == null ? "" : number.strip();
	}

	public boolean running() {
		return stage == BusinessStage.RUNNING;
	}

	public long capitalAmount() {
		return Rupiah.parse(capital).orElse(0);
	}

	public long monthlySalesAmount() {
		return Rupiah.parse(monthlySales).orElse(0);
	}

	public BusinessStage getStage() {
		return stage;
	}

	public void setStage(BusinessStage stage) {
		this.stage = stage;
	}

	public Sector getSector() {
		return sector;
	}

	public void setSector(Sector sector) {
		this.sector = sector;
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
