package id.jakpreneur.portal.licensing.domain;

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

import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.licensing.LicenceStatus;

/**
 * One licence of a participant in the register: recorded IN_PROCESS or ISSUED by the participant, verified by an
 * officer. Every rule of a record and of a verification is checked here: a new record clears an earlier
 * verification; only an issued, unexpired licence can be verified.
 */
@Entity
@Table(name = "licence")
class Licence {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long participantId;

	@Enumerated(EnumType.STRING)
	@Column(name = "licence_type")
	private LicenceType type;

	private String otherName;

	@Enumerated(EnumType.STRING)
	private LicenceStatus status;

	private String licenceNumber;

	private LocalDate issuedOn;

	private LocalDate expiresOn;

	private long recordedBy;

	private Instant recordedAt;

	private Long verifiedBy;

	private Instant verifiedAt;

	protected Licence() {
	}

	Licence(long participantId, LicenceType type) {
		this.participantId = participantId;
		this.type = type;
	}

	/**
	 * Records (or corrects) the licence as the participant states it; clears an earlier verification.
	 * @throws LicenceRefusedException when the record breaks a rule, with the field it belongs to
	 */
	void record(LicenceDraft draft, long recordedBy, LocalDate today, Instant now) {
		boolean issued = draft.status() == LicenceStatus.ISSUED;
		if (draft.status() != LicenceStatus.ISSUED && draft.status() != LicenceStatus.IN_PROCESS) {
			throw new LicenceRefusedException("status", "programme.licence.status.invalid");
		}
		if (issued && (draft.number() == null || draft.number().isBlank())) {
			throw new LicenceRefusedException("number", "programme.licence.number.required");
		}
		if (issued && draft.issuedOn() == null) {
			throw new LicenceRefusedException("issuedOn", "programme.licence.issuedOn.required");
		}
		if (draft.issuedOn() != null && draft.issuedOn().isAfter(today)) {
			throw new LicenceRefusedException("issuedOn", "programme.licence.issuedOn.future");
		}
		if (draft.expiresOn() != null && draft.issuedOn() != null && !draft.expiresOn().isAfter(draft.issuedOn())) {
			throw new LicenceRefusedException("expiresOn", "programme.licence.expiresOn.beforeIssue");
		}
		String other = type == LicenceType.OTHER ? blankToNull(draft.otherName()) : null;
		if (type == LicenceType.OTHER && other == null) {
			throw new LicenceRefusedException("otherName", "programme.licence.otherName.required");
		}
		this.otherName = other;
		this.status = draft.status();
		this.licenceNumber = blankToNull(draft.number());
		this.issuedOn = draft.issuedOn();
		this.expiresOn = draft.expiresOn();
		this.recordedBy = recordedBy;
		this.recordedAt = now;
		this.verifiedBy = null;
		this.verifiedAt = null;
	}

	/**
	 * An officer verifies the licence after seeing the document; returns false when it was verified already.
	 * @throws LicenceRefusedException when the licence is not issued or has expired
	 */
	boolean verify(long officerId, LocalDate today, Instant now) {
		if (status.on(expiresOn, today) != LicenceStatus.ISSUED) {
			throw new LicenceRefusedException("licence", "programme.licence.verify.notIssued");
		}
		if (verifiedAt != null) {
			return false;
		}
		this.verifiedBy = officerId;
		this.verifiedAt = now;
		return true;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	Long getId() {
		return id;
	}

	LicenceType getType() {
		return type;
	}

	/** The licence's name as documents print it: the other licence's own name, or the type's. */
	String documentName() {
		return otherName != null ? otherName : type.documentName();
	}

	LicenceStatus getStatus() {
		return status;
	}

	String getLicenceNumber() {
		return licenceNumber;
	}

}
