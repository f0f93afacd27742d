package id.jakpreneur.portal.entrepreneur.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import id.jakpreneur.portal.entrepreneur.BusinessDetails;
import id.jakpreneur.portal.entrepreneur.BusinessStage;
import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.entrepreneur.RegistrationStatus;
import id.jakpreneur.portal.entrepreneur.SalesChannel;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.region.RegionDirectory;
import id.jakpreneur.portal.region.RegionView;
import org.springframework.data.domain.Persistable;

/**
 * A participant of JakPreneur with their business. NIK and KK are held only encrypted, with a keyed hash for
 * uniqueness and a masked form for display; the clear numbers never live in this object after construction.
 * The registration's lifecycle is here: an officer validates it or returns it with a reason, the citizen's
 * correction sends a returned one back to the queue; every status change goes through {@link #moveTo}, which
 * follows {@link RegistrationStatus#next()} and refuses the rest. Once erased (decision 109), nothing changes.
 */
@Entity
public class Participant implements Persistable<Long> {

	/** Reserved before the row is written ({@link ParticipantRepository#reserveId}): the ciphertexts are bound to it. */
	@Id
	private Long id;

	@Transient
	private boolean fresh;

	private Long accountId;

	private String fullName;

	private byte[] nikEncrypted;

	private byte[] nikHash;

	private String nikMasked;

	@Column(name = "kk_encrypted")
	private byte[] kkEncrypted;

	@Column(name = "kk_masked")
	private String kkMasked;

	@Enumerated(EnumType.STRING)
	private Gender gender;

	private LocalDate birthDate;

	private String phone;

	private String address;

	private String villageCode;

	private String districtCode;

	private String cityCode;

	private boolean jobSeeker;

	private boolean poorFamily;

	private boolean disability;

	private String fosteringAgency = "PPKUKM";

	@Enumerated(EnumType.STRING)
	private RegistrationStatus status = RegistrationStatus.SUBMITTED;

	private String returnReason;

	@Enumerated(EnumType.STRING)
	private RegistrationChannel channel;

	private Long registeredBy;

	private Instant registeredAt;

	private Instant validatedAt;

	private Long validatedBy;

	private Instant erasedAt;

	@Enumerated(EnumType.STRING)
	private BusinessStage businessStage;

	private String businessName;

	@Enumerated(EnumType.STRING)
	private Sector sector;

	private String products;

	private LocalDate startedOn;

	private long capital;

	private long monthlySales;

	private int employees;

	private boolean keepsBooks;

	private boolean hadCredit;

	@ElementCollection
	@CollectionTable(name = "participant_channel", joinColumns = @JoinColumn(name = "participant_id"))
	@Column(name = "channel")
	@Enumerated(EnumType.STRING)
	private Set<SalesChannel> channels = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "participant_licence", joinColumns = @JoinColumn(name = "participant_id"))
	@MapKeyColumn(name = "licence_type")
	@MapKeyEnumerated(EnumType.STRING)
	@Column(name = "licence_number")
	private Map<LicenceType, String> licences = new HashMap<>();

	@Version
	private long version;

	protected Participant() {
	}

	Participant(long id, Long accountId, RegistrationChannel channel, long registeredBy, Instant registeredAt) {
		this.id = id;
		this.fresh = true;
		this.accountId = accountId;
		this.channel = channel;
		this.registeredBy = registeredBy;
		this.registeredAt = registeredAt;
	}

	/** Sets the identity numbers: encrypted, hashed and masked. */
	void identify(byte[] nikEncrypted, byte[] nikHash, String nikMasked, byte[] kkEncrypted, String kkMasked) {
		changeNik(nikEncrypted, nikHash, nikMasked);
		changeKk(kkEncrypted, kkMasked);
	}

	/** A corrected NIK: only an officer may do this (checked by the caller). */
	public void changeNik(byte[] nikEncrypted, byte[] nikHash, String nikMasked) {
		editable();
		this.nikEncrypted = nikEncrypted;
		this.nikHash = nikHash;
		this.nikMasked = nikMasked;
	}

	public void changeKk(byte[] kkEncrypted, String kkMasked) {
		editable();
		this.kkEncrypted = kkEncrypted;
		this.kkMasked = kkMasked;
	}

	/** The person and the business as given; the kecamatan and kota follow from the kelurahan. */
	public void describe(PersonDetails person, BusinessDetails business, RegionDirectory regions) {
		editable();
		RegionView village = regions.find(person.villageCode()).orElseThrow();
		RegionView district = regions.find(village.parentCode()).orElseThrow();
		describePerson(person, district.code(), district.parentCode());
		describeBusiness(business);
	}

	private void describePerson(PersonDetails person, String districtCode, String cityCode) {
		this.fullName = person.fullName().strip();
		this.gender = person.gender();
		this.birthDate = person.birthDate();
		this.phone = person.phone();
		this.address = person.address().strip();
		this.villageCode = person.villageCode();
		this.districtCode = districtCode;
		this.cityCode = cityCode;
		this.jobSeeker = person.targetGroups().contains(TargetGroup.JOB_SEEKER);
		this.poorFamily = person.targetGroups().contains(TargetGroup.POOR_FAMILY);
		this.disability = person.targetGroups().contains(TargetGroup.DISABILITY);
	}

	private void describeBusiness(BusinessDetails business) {
		this.businessStage = business.stage();
		this.businessName = business.name().strip();
		this.sector = business.sector();
		this.products = business.products().strip();
		this.startedOn = business.stage() == BusinessStage.IDEA ? null : business.startedOn();
		this.capital = business.capital();
		this.monthlySales = business.monthlySales();
		this.employees = business.employees();
		this.keepsBooks = business.keepsBooks();
		this.hadCredit = business.hadCredit();
		this.channels.clear();
		this.channels.addAll(business.channels());
		this.licences.clear();
		this.licences.putAll(business.licences());
	}

	/** Adds or corrects one licence the business holds; returns whether the profile changed (never once erased). */
	public boolean declareLicence(LicenceType type, String number) {
		String clean = number == null ? "" : number.strip();
		return erasedAt == null && !clean.equals(licences.put(type, clean));
	}

	/**
	 * An officer accepts the registration: P1 Pendaftaran is completed. Validating twice changes nothing.
	 * @return whether this validated it (false: it was validated already)
	 */
	public boolean validate(long officerId, Instant now) {
		if (status == RegistrationStatus.VALIDATED) {
			return false;
		}
		moveTo(RegistrationStatus.VALIDATED);
		this.returnReason = null;
		this.validatedAt = now;
		this.validatedBy = officerId;
		return true;
	}

	/**
	 * An officer sends the registration back with a reason the citizen sees.
	 * @throws AlreadyValidatedException when another officer validated it first
	 */
	public void returnForCorrection(String reason) {
		moveTo(RegistrationStatus.RETURNED);
		this.returnReason = reason.strip();
	}

	/** A returned registration goes back to the queue once the citizen corrects it. */
	public void resubmitIfReturned() {
		if (status == RegistrationStatus.RETURNED) {
			moveTo(RegistrationStatus.SUBMITTED);
		}
	}

	/**
	 * The one place the registration status changes, following {@link RegistrationStatus#next()}. A validated
	 * registration is final, and the only status with no way out, so a refused move is a move out of it.
	 */
	private void moveTo(RegistrationStatus target) {
		editable();
		if (!status.canMoveTo(target)) {
			throw new AlreadyValidatedException(status, target);
		}
		this.status = target;
	}

	/** Erasure (decision 109): what names or reaches her goes, what statistics count stays; once is enough. */
	void erase(Instant now) {
		if (erasedAt != null) {
			return;
		}
		identify(null, null, "", null, "");
		erasedAt = now;
		fullName = "\u2014";
		birthDate = birthDate == null ? null : birthDate.withDayOfYear(1);
		phone = "";
		address = "";
		returnReason = null;
		businessName = "";
		products = "";
		licences.replaceAll((type, number) -> "");
	}

	public boolean isErased() {
		return erasedAt != null;
	}

	/** An erased participant is anonymous programme facts: no edit may bring a name, a number or a status back. */
	private void editable() {
		if (erasedAt != null) {
			throw new ErasedParticipantException();
		}
	}

	public PersonDetails person(String nik, String kk) {
		Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
		for (TargetGroup group : TargetGroup.values()) {
			if (group == TargetGroup.JOB_SEEKER ? jobSeeker : group == TargetGroup.POOR_FAMILY ? poorFamily : disability) {
				groups.add(group);
			}
		}
		return new PersonDetails(fullName, nik, kk, gender, birthDate, phone, address, villageCode, groups);
	}

	public BusinessDetails business() {
		Map<LicenceType, String> held = new EnumMap<>(LicenceType.class);
		held.putAll(licences);
		return new BusinessDetails(businessStage, businessName, sector, products, startedOn, capital, monthlySales,
				employees, channels.isEmpty() ? Set.of() : EnumSet.copyOf(channels), held, keepsBooks, hadCredit);
	}

	/** The participant as pages and other modules see it: NIK and KK only masked. */
	public ParticipantView view() {
		PersonDetails person = person(null, null);
		return new ParticipantView(id, accountId, fullName, nikMasked, kkMasked, person.gender(), person.birthDate(),
				person.phone(), person.address(), villageCode, districtCode, cityCode, person.targetGroups(),
				fosteringAgency, status, returnReason, channel, registeredAt, validatedAt, erasedAt,
				business());
	}

	/** Only a participant made here and not yet written is new: Spring Data then persists rather than merges. */
	@Override
	public boolean isNew() {
		return fresh;
	}

	@PostPersist
	void written() {
		fresh = false;
	}

	@Override
	public Long getId() {
		return id;
	}

	public Long getAccountId() {
		return accountId;
	}

	public String getFullName() {
		return fullName;
	}

	public String getNikMasked() {
		return nikMasked;
	}

	/** The stored ciphertext of one of the identity numbers. */
	public byte[] encrypted(PersonalDataField field) {
		return field == PersonalDataField.NIK ? nikEncrypted : kkEncrypted;
	}

	public String getKkMasked() {
		return kkMasked;
	}

	public String getVillageCode() {
		return villageCode;
	}

	public String getDistrictCode() {
		return districtCode;
	}

	public String getCityCode() {
		return cityCode;
	}

	public String getFosteringAgency() {
		return fosteringAgency;
	}

	public RegistrationStatus getStatus() {
		return status;
	}

	public String getReturnReason() {
		return returnReason;
	}

	public RegistrationChannel getChannel() {
		return channel;
	}

	public Instant getRegisteredAt() {
		return registeredAt;
	}

	public Instant getValidatedAt() {
		return validatedAt;
	}

}
