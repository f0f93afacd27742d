package id.jakpreneur.portal.training.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.training.domain.ClassDraft;

/**
 * A new class. The location is a kecamatan code, or {@code online:<kota code>} for an online class organised by that
 * kota; the trainer is a partner organisation or an agency typed by name, exactly one of them.
 */
class ClassForm {

	static final String ONLINE_PREFIX = "online:";

	static final String TEXT_PATTERN = "^[^<>]*$";

	@NotBlank(message = "{validation.required}")
	@Size(max = 120, message = "{validation.tooLong}")
	@Pattern(regexp = TEXT_PATTERN, message = "{validation.noAngleBrackets}")
	private String title;

	@NotNull(message = "{validation.required}")
	private Sector sector;

	@NotBlank(message = "{validation.required}")
	private String location;

	@NotNull(message = "{validation.required}")
	@Min(value = 1, message = "{programme.class.capacity.range}")
	@Max(value = 1000, message = "{programme.class.capacity.range}")
	private Integer capacity;

	@NotNull(message = "{validation.required}")
	@Min(value = 1, message = "{programme.class.minSessions.range}")
	@Max(value = 100, message = "{programme.class.minSessions.range}")
	private Integer minSessions;

	private Long trainerPartnerId;

	@Size(max = 120, message = "{validation.tooLong}")
	@Pattern(regexp = TEXT_PATTERN, message = "{validation.noAngleBrackets}")
	private String trainerAgency;

	boolean isOnline() {
		return location != null && location.startsWith(ONLINE_PREFIX);
	}

	/** The kecamatan, or null for an online class. */
	String districtCode() {
		return isOnline() ? null : location;
	}

	/** The organising kota: chosen for an online class, the kecamatan's kota otherwise. */
	String cityCode(String districtParent) {
		return isOnline() ? location.substring(ONLINE_PREFIX.length()) : districtParent;
	}

	boolean hasAgency() {
		return trainerAgency != null && !trainerAgency.isBlank();
	}

	ClassDraft toDraft(String cityCode) {
		return new ClassDraft(title.strip(), sector, cityCode, districtCode(), capacity, minSessions, trainerPartnerId,
				hasAgency() ? trainerAgency.strip() : null);
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public Sector getSector() {
		return sector;
	}

	public void setSector(Sector sector) {
		this.sector = sector;
	}

	public String getLocation() {
		return location;
	}

	public void setLocation(String location) {
		this.location = location;
	}

	public Integer getCapacity() {
		return capacity;
	}

	public void setCapacity(Integer capacity) {
		this.capacity = capacity;
	}

	public Integer getMinSessions() {
		return minSessions;
	}

	public void setMinSessions(Integer minSessions) {
		this.minSessions = minSessions;
	}

	public Long getTrainerPartnerId() {
		return trainerPartnerId;
	}

	public void setTrainerPartnerId(Long trainerPartnerId) {
		this.trainerPartnerId = trainerPartnerId;
	}

	public String getTrainerAgency() {
		return trainerAgency;
	}

	public void setTrainerAgency(String trainerAgency) {
		this.trainerAgency = trainerAgency;
	}

}
