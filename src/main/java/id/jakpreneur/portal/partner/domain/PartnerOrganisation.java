package id.jakpreneur.portal.partner.domain;

import id.jakpreneur.portal.partner.PartnerDraft;
import id.jakpreneur.portal.partner.PartnerKind;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A partner organisation and its MoU with the province (number and period, all or nothing). */
@Entity
@Table(name = "partner_organisation")
public class PartnerOrganisation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private PartnerKind kind;

	private String name;

	private String mouNumber;

	private LocalDate mouStart;

	private LocalDate mouEnd;

	private long createdBy;

	private Instant createdAt;

	@Version
	private long version;

	protected PartnerOrganisation() {
	}

	public PartnerOrganisation(long createdBy, PartnerDraft draft, Instant createdAt) {
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		describe(draft);
	}

	public void describe(PartnerDraft draft) {
		this.kind = draft.kind();
		this.name = draft.name().strip();
		boolean hasMou = draft.mouNumber() != null && !draft.mouNumber().isBlank();
		this.mouNumber = hasMou ? draft.mouNumber().strip() : null;
		this.mouStart = hasMou ? draft.mouStart() : null;
		this.mouEnd = hasMou ? draft.mouEnd() : null;
	}

	public PartnerDraft draft() {
		return new PartnerDraft(kind, name, mouNumber, mouStart, mouEnd);
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public LocalDate getMouEnd() {
		return mouEnd;
	}

}
