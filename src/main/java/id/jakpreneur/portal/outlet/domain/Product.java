package id.jakpreneur.portal.outlet.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.shared.Jakarta;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A participant's product under curation, and where it stands. Every step checks the status it starts from and the
 * move it makes ({@link CurationStatus#canMoveTo}) here, in one place.
 */
@Entity
@Table(name = "outlet_product")
class Product {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long participantId;

	private String name;

	@Enumerated(EnumType.STRING)
	private Sector sector;

	private long price;

	private String packaging;

	private String sppIrtNumber;

	private String halalNumber;

	private String bpomNumber;

	@Enumerated(EnumType.STRING)
	private CurationStatus status = CurationStatus.SUBMITTED;

	private String returnNote;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.CHAR)
	@Column(length = 1)
	private Grade grade;

	private String gradeNotes;

	private Instant gradedAt;

	private Instant submittedAt;

	@Version
	private long version;

	protected Product() {
	}

	Product(long participantId, ProductDraft draft, Instant now) {
		this.participantId = participantId;
		describe(draft);
		this.submittedAt = now;
	}

	/**
	 * The participant (nobody else) corrects a returned product, or sends a B or C product again once due.
	 * @throws OutletRefusedException when neither applies (yet)
	 */
	void resubmit(ProductDraft draft, boolean byParticipant, Instant now, int recurationDays) {
		LocalDate recurationFrom = recurationFrom(recurationDays);
		LocalDate today = now.atZone(Jakarta.ZONE).toLocalDate();
		boolean due = status == CurationStatus.RETURNED
				|| (status == CurationStatus.GRADED && recurationFrom != null && !today.isBefore(recurationFrom));
		if (!byParticipant || !due) {
			throw new OutletRefusedException(
					recurationFrom != null ? "outlet.product.recurationNotYet" : "outlet.product.notResubmittable");
		}
		moveTo(CurationStatus.SUBMITTED);
		describe(draft);
		this.returnNote = null;
		this.submittedAt = now;
	}

	/**
	 * A mentor's verification or an officer's validation: from {@code from} to {@code to}, or back to the participant
	 * with a note.
	 * @throws OutletRefusedException when the product is not at {@code from}, or a return has no note
	 */
	CurationStatus decide(CurationStatus from, CurationStatus to, boolean approve, String note) {
		requireAt(from);
		if (!approve && note == null) {
			throw new OutletRefusedException("outlet.curation.noteRequired");
		}
		moveTo(approve ? to : CurationStatus.RETURNED);
		this.returnNote = approve ? null : note;
		return status;
	}

	/** A curator grades a validated product; the grade replaces an earlier one. */
	void grade(Grade grade, String notes, Instant now) {
		requireAt(CurationStatus.VALIDATED);
		moveTo(CurationStatus.GRADED);
		this.grade = grade;
		this.gradeNotes = notes;
		this.gradedAt = now;
	}

	/** The first day a B or C product may be curated again, or null. */
	LocalDate recurationFrom(int recurationDays) {
		return grade != null && grade.mayBeRecurated()
				? gradedAt.atZone(Jakarta.ZONE).toLocalDate().plusDays(recurationDays) : null;
	}

	private void requireAt(CurationStatus expected) {
		if (status != expected) {
			throw new OutletRefusedException("outlet.curation.wrongStep");
		}
	}

	private void moveTo(CurationStatus target) {
		if (!status.canMoveTo(target)) {
			throw new OutletRefusedException("outlet.curation.wrongStep");
		}
		this.status = target;
	}

	private void describe(ProductDraft draft) {
		this.name = draft.name().strip();
		this.sector = draft.sector();
		this.price = draft.price();
		this.packaging = draft.packaging().strip();
		this.sppIrtNumber = blankToNull(draft.sppIrtNumber());
		this.halalNumber = blankToNull(draft.halalNumber());
		this.bpomNumber = blankToNull(draft.bpomNumber());
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	Long getId() {
		return id;
	}

	CurationStatus getStatus() {
		return status;
	}

}
