package id.jakpreneur.portal.entrepreneur.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import id.jakpreneur.portal.region.RegionDirectory;

/**
 * An online registration whose NIK another participant already holds. It is not a participant: the kecamatan
 * secretariat checks the KTP in person and resolves it (registering the person at the desk, correcting the other
 * record, or dismissing the claim), with a note. Of the NIK only its keyed hash (to find the participant who holds
 * it) and a masked copy are kept: the secretariat reads the number from the KTP, so nothing here leads back to it.
 */
@Entity
public class RegistrationClaim {

	public enum Status {
		OPEN, RESOLVED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String fullName;

	private String email;

	private String phone;

	private byte[] nikHash;

	private String nikMasked;

	private String villageCode;

	private String districtCode;

	private String cityCode;

	private Instant claimedAt;

	@Enumerated(EnumType.STRING)
	private Status status = Status.OPEN;

	private Instant resolvedAt;

	private Long resolvedBy;

	private String resolutionNote;

	@Version
	private long version;

	protected RegistrationClaim() {
	}

	RegistrationClaim(PersonDetails person, String email, PersonalDataCipher cipher, RegionDirectory regions,
			Instant claimedAt) {
		this.fullName = person.fullName().strip();
		this.email = email == null ? null : email.strip();
		this.phone = person.phone();
		this.nikHash = cipher.hash(person.nik());
		this.nikMasked = IdentityNumbers.mask(person.nik());
		this.villageCode = person.villageCode();
		this.districtCode = regions.find(villageCode).orElseThrow().parentCode();
		this.cityCode = regions.find(districtCode).orElseThrow().parentCode();
		this.claimedAt = claimedAt;
	}

	/** Closes the claim once, with what the secretariat found. */
	void resolve(long officerId, String note, Instant at) {
		if (status != Status.OPEN) {
			throw new ClaimResolvedException();
		}
		this.status = Status.RESOLVED;
		this.resolvedBy = officerId;
		this.resolutionNote = note.strip();
		this.resolvedAt = at;
	}

	public Long getId() {
		return id;
	}

	public String getDistrictCode() {
		return districtCode;
	}

	public String getCityCode() {
		return cityCode;
	}

	public String getVillageCode() {
		return villageCode;
	}

}
