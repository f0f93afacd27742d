package id.jakpreneur.portal.partner.domain;

import id.jakpreneur.portal.partner.OfferKind;
import id.jakpreneur.portal.partner.OfferTarget;
import id.jakpreneur.portal.assessment.SizeClass;
import id.jakpreneur.portal.assessment.Phase;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import id.jakpreneur.portal.entrepreneur.Sector;

/**
 * One offer of a partner with its targeting. The targets are PostgreSQL arrays of text codes (checked by the
 * table), so an offer and all its targets are one row: listing and matching offers costs one query.
 */
@Entity
@Table(name = "partner_offer")
public class PartnerOffer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long partnerId;

	@Enumerated(EnumType.STRING)
	private OfferKind kind;

	private String title;

	private String description;

	private String[] targetSectors = {};

	@Enumerated(EnumType.STRING)
	private SizeClass sizeFrom;

	@Enumerated(EnumType.STRING)
	private SizeClass sizeTo;

	private String[] targetAreas = {};

	private String[] targetPhases = {};

	private boolean active = true;

	private Instant createdAt;

	@Version
	private long version;

	protected PartnerOffer() {
	}

	public PartnerOffer(long partnerId, OfferDraft draft, Instant createdAt) {
		this.partnerId = partnerId;
		this.createdAt = createdAt;
		describe(draft);
	}

	public void describe(OfferDraft draft) {
		this.kind = draft.kind();
		this.title = draft.title().strip();
		this.description = draft.description().strip();
		OfferTarget target = draft.target();
		this.targetSectors = target.sectors().stream().map(Enum::name).sorted().toArray(String[]::new);
		this.sizeFrom = target.sizeFrom();
		this.sizeTo = target.sizeTo();
		this.targetAreas = target.areaCodes().stream().sorted().toArray(String[]::new);
		this.targetPhases = target.phases().stream().sorted().map(Enum::name).toArray(String[]::new);
		this.active = draft.active();
	}

	public OfferDraft draft() {
		return new OfferDraft(kind, title, description, target(targetSectors, sizeFrom, sizeTo, targetAreas, targetPhases),
				active);
	}

	public static OfferTarget target(String[] sectors, SizeClass sizeFrom, SizeClass sizeTo, String[] areas,
			String[] phases) {
		Set<Sector> sectorSet = Arrays.stream(sectors).map(Sector::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Sector.class)));
		Set<Phase> phaseSet = Arrays.stream(phases).map(Phase::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Phase.class)));
		return new OfferTarget(sectorSet, sizeFrom, sizeTo, Set.of(areas), phaseSet);
	}

	public Long getId() {
		return id;
	}

	public long getPartnerId() {
		return partnerId;
	}

	public boolean isActive() {
		return active;
	}

}
