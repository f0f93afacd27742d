package id.jakpreneur.portal.partner.web;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.partner.domain.OfferDraft;
import id.jakpreneur.portal.partner.OfferKind;
import id.jakpreneur.portal.partner.OfferTarget;
import id.jakpreneur.portal.assessment.Phase;
import id.jakpreneur.portal.assessment.SizeClass;
import id.jakpreneur.portal.region.RegionDirectory;
import id.jakpreneur.portal.region.RegionLevel;
import org.springframework.validation.Errors;

/** An offer and whom it targets. Nothing chosen in a target means "everyone" on that dimension. */
class OfferForm {

	@NotNull(message = "{validation.required}")
	private OfferKind kind;

	@NotBlank(message = "{validation.required}")
	@Size(max = 120, message = "{validation.tooLong}")
	@Pattern(regexp = PartnerForm.TEXT_PATTERN, message = "{validation.noAngleBrackets}")
	private String title;

	@NotBlank(message = "{validation.required}")
	@Size(max = 1000, message = "{validation.tooLong}")
	@Pattern(regexp = PartnerForm.TEXT_PATTERN, message = "{validation.noAngleBrackets}")
	private String description;

	private Set<Sector> sectors = EnumSet.noneOf(Sector.class);

	private SizeClass sizeFrom;

	private SizeClass sizeTo;

	private Set<String> areaCodes = new LinkedHashSet<>();

	private Set<Phase> phases = EnumSet.noneOf(Phase.class);

	private boolean active = true;

	static OfferForm of(OfferDraft draft) {
		OfferForm form = new OfferForm();
		form.kind = draft.kind();
		form.title = draft.title();
		form.description = draft.description();
		form.setSectors(draft.target().sectors());
		form.sizeFrom = draft.target().sizeFrom();
		form.sizeTo = draft.target().sizeTo();
		form.setAreaCodes(draft.target().areaCodes());
		form.setPhases(draft.target().phases());
		form.active = draft.active();
		return form;
	}

	/** Size range in order and within the UMKM classes; areas are kota or kecamatan of DKI. */
	void validateTarget(Errors errors, RegionDirectory regions) {
		if (sizeFrom == SizeClass.BESAR) {
			errors.rejectValue("sizeFrom", "validation.invalidChoice");
		}
		if (sizeTo == SizeClass.BESAR) {
			errors.rejectValue("sizeTo", "validation.invalidChoice");
		}
		else if (sizeFrom != null && sizeTo != null && sizeFrom.compareTo(sizeTo) > 0) {
			errors.rejectValue("sizeTo", "partner.offer.size.order");
		}
		if (areaCodes.stream()
			.anyMatch(code -> !regions.exists(code, RegionLevel.CITY) && !regions.exists(code, RegionLevel.DISTRICT))) {
			errors.rejectValue("areaCodes", "validation.invalidChoice");
		}
	}

	OfferDraft toDraft() {
		return new OfferDraft(kind, title.strip(), description.strip(),
				new OfferTarget(sectors, sizeFrom, sizeTo, areaCodes, phases), active);
	}

	public OfferKind getKind() {
		return kind;
	}

	public void setKind(OfferKind kind) {
		this.kind = kind;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Set<Sector> getSectors() {
		return sectors;
	}

	public void setSectors(Set<Sector> sectors) {
		this.sectors = sectors == null || sectors.isEmpty() ? EnumSet.noneOf(Sector.class) : EnumSet.copyOf(sectors);
	}

	public SizeClass getSizeFrom() {
		return sizeFrom;
	}

	public void setSizeFrom(SizeClass sizeFrom) {
		this.sizeFrom = sizeFrom;
	}

	public SizeClass getSizeTo() {
		return sizeTo;
	}

	public void setSizeTo(SizeClass sizeTo) {
		this.sizeTo = sizeTo;
	}

	public Set<String> getAreaCodes() {
		return areaCodes;
	}

	public void setAreaCodes(Set<String> areaCodes) {
		this.areaCodes = areaCodes == null ? new LinkedHashSet<>() : new LinkedHashSet<>(areaCodes);
	}

	public Set<Phase> getPhases() {
		return phases;
	}

	public void setPhases(Set<Phase> phases) {
		this.phases = phases == null || phases.isEmpty() ? EnumSet.noneOf(Phase.class) : EnumSet.copyOf(phases);
	}

	public boolean isActive() {
		return active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

}
