package id.jakpreneur.portal.mentoring.web;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import id.jakpreneur.portal.assessment.Track;
import id.jakpreneur.portal.mentoring.domain.MentorDetails;
import id.jakpreneur.portal.mentoring.domain.MentorKind;
import id.jakpreneur.portal.mentoring.domain.MentorLanguage;
import id.jakpreneur.portal.mentoring.query.MentorProfile;

/**
 * An officer creates or changes a mentor profile. The email is asked only when the mentor's login is created (the
 * controller checks it; the mentor chooses the password with an activation code); the rules that depend on the
 * kind (an agency for a PJLP, an organisation for a partner volunteer) are checked by the controller too.
 */
public class MentorForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 120, message = "{validation.tooLong}")
	private String fullName;

	@Size(max = 254, message = "{validation.tooLong}")
	private String email;

	@NotBlank(message = "{validation.required}")
	@Size(max = 20, message = "{validation.tooLong}")
	private String phone;

	@NotNull(message = "{validation.required}")
	private MentorKind kind;

	private String agencyCode;

	@Size(max = 160, message = "{validation.tooLong}")
	private String organisation;

	@NotEmpty(message = "{mentoring.mentor.tracksRequired}")
	private Set<Track> tracks = EnumSet.noneOf(Track.class);

	@NotEmpty(message = "{mentoring.mentor.districtRequired}")
	private Set<String> districtCodes = new LinkedHashSet<>();

	@NotEmpty(message = "{mentoring.mentor.languagesRequired}")
	private Set<MentorLanguage> languages = EnumSet.of(MentorLanguage.INDONESIAN);

	@NotNull(message = "{validation.required}")
	@Min(value = 1, message = "{mentoring.mentor.capacityRange}")
	@Max(value = 50, message = "{mentoring.mentor.capacityRange}")
	private Integer capacityLimit = 10;

	private boolean paused;

	static MentorForm of(MentorProfile profile) {
		MentorForm form = new MentorForm();
		form.fullName = profile.fullName();
		form.email = profile.email();
		form.phone = profile.phone();
		form.kind = profile.kind();
		form.agencyCode = profile.agencyCode();
		form.organisation = profile.organisation();
		form.setTracks(profile.tracks().isEmpty() ? null : EnumSet.copyOf(profile.tracks()));
		form.setDistrictCodes(new LinkedHashSet<>(profile.districtCodes()));
		form.setLanguages(profile.languages().isEmpty() ? null : EnumSet.copyOf(profile.languages()));
		form.capacityLimit = profile.capacityLimit();
		form.paused = profile.paused();
		return form;
	}

	MentorDetails toDetails(String normalisedPhone) {
		return new MentorDetails(fullName, normalisedPhone, kind, agencyCode, organisation, tracks, districtCodes,
				languages, capacityLimit, paused);
	}

	public String getFullName() {
		return fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public MentorKind getKind() {
		return kind;
	}

	public void setKind(MentorKind kind) {
		this.kind = kind;
	}

	public String getAgencyCode() {
		return agencyCode;
	}

	public void setAgencyCode(String agencyCode) {
		this.agencyCode = agencyCode;
	}

	public String getOrganisation() {
		return organisation;
	}

	public void setOrganisation(String organisation) {
		this.organisation = organisation;
	}

	public Set<Track> getTracks() {
		return tracks;
	}

	public void setTracks(Set<Track> tracks) {
		this.tracks = tracks == null ? EnumSet.noneOf(Track.class) : tracks;
	}

	public Set<String> getDistrictCodes() {
		return districtCodes;
	}

	public void setDistrictCodes(Set<String> districtCodes) {
		this.districtCodes = districtCodes == null ? new LinkedHashSet<>() : districtCodes;
	}

	public Set<MentorLanguage> getLanguages() {
		return languages;
	}

	public void setLanguages(Set<MentorLanguage> languages) {
		this.languages = languages == null ? EnumSet.noneOf(MentorLanguage.class) : languages;
	}

	public Integer getCapacityLimit() {
		return capacityLimit;
	}

	public void setCapacityLimit(Integer capacityLimit) {
		this.capacityLimit = capacityLimit;
	}

	public boolean isPaused() {
		return paused;
	}

	public void setPaused(boolean paused) {
		this.paused = paused;
	}

}
