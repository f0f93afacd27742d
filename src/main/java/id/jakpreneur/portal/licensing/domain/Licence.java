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
import id.jakpreneur.portal.licensing.LicenceDecision;
import id.jakpreneur.portal.licensing.LicenceState;
import id.jakpreneur.portal.licensing.LicenceStatus;

/**
 * One licence of a participant in the register: recorded IN_PROCESS or ISSUED by the participant, then verified or
 * returned with a reason by an officer ({@link LicenceState}). Every rule of a record, a verification and a return
 * is checked here: a new record clears an earlier verification or return and puts an issued licence back in the
 * officers' queue; only a submitted, issued, unexpired licence can be verified or returned; a return needs a reason
 * of at most {@value #REASON_MAX} characters. The table's CHECKs repeat the state's invariants (V92).
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

	@Enumerated(EnumType.STRING)
	private LicenceState state;

	private String returnReason;

	private Long returnedBy;

	private Instant returnedAt;

	/** The longest reason an officer may give for a return (the column's length). */
	public static final int REASON_MAX = 500;

	protected Licence() {
	}

	Licence(long participantId, LicenceType type) {
		this.participantId = participantId;
		this.type = type;
	}

	/**
	 * Records (or corrects) the licence as the participant states it; clears an earlier verification or return. An
	 * issued licence goes (back) to the officers' queue.
	 * @return what this record is: RECORDED (in process), SUBMITTED, or RESUBMITTED (after a return)
	 * @throws LicenceRefusedException when the record breaks a rule, with the field it belongs to
	 */
	LicenceDecision record(LicenceDraft draft, long recordedBy, LocalDate today, Instant now) {
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
		LicenceState before = state;
		this.state = issued ? LicenceState.SUBMITTED : LicenceState.IN_PROCESS;
		this.returnReason = null;
		this.returnedBy = null;
		this.returnedAt = null;
		if (!issued) {
			return LicenceDecision.RECORDED;
		}
		return before == LicenceState.RETURNED ? LicenceDecision.RESUBMITTED : LicenceDecision.SUBMITTED;
	}

	/**
	 * An officer verifies the licence after seeing the document; returns false when it was verified already.
	 * @throws LicenceRefusedException when the licence is not issued, has expired, or is returned to the citizen
	 */
	boolean verify(long officerId, LocalDate today, Instant now) {
		if (status.on(expiresOn, today) != LicenceStatus.ISSUED) {
			throw new LicenceRefusedException("licence", "programme.licence.verify.notIssued");
		}
		if (state == LicenceState.VERIFIED) {
			return false;
		}
		requireSubmitted(today, "programme.licence.verify.notIssued");
		this.state = LicenceState.VERIFIED;
		this.verifiedBy = officerId;
		this.verifiedAt = now;
		return true;
	}

	/**
	 * An officer returns the licence to the citizen with a reason she reads on her licence page.
	 * @throws LicenceRefusedException when the reason is missing or too long, or the licence is not waiting for an
	 *         officer (in process, expired, already returned or verified)
	 */
	void returnWith(String reason, long officerId, LocalDate today, Instant now) {
		String text = blankToNull(reason);
		if (text == null) {
			throw new LicenceRefusedException("reason", "programme.licence.return.reasonRequired");
		}
		if (text.length() > REASON_MAX) {
			throw new LicenceRefusedException("reason", "programme.licence.return.reasonTooLong");
		}
		requireSubmitted(today, "programme.licence.return.notIssued");
		this.state = LicenceState.RETURNED;
		this.returnReason = text;
		this.returnedBy = officerId;
		this.returnedAt = now;
	}

	private void requireSubmitted(LocalDate today, String notIssuedKey) {
		if (status.on(expiresOn, today) != LicenceStatus.ISSUED) {
			throw new LicenceRefusedException("licence", notIssuedKey);
		}
		if (state != LicenceState.SUBMITTED) {
			throw new LicenceRefusedException("licence", "programme.licence.review.notSubmitted");
		}
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

	LicenceState getState() {
		return state;
	}

	String getReturnReason() {
		return returnReason;
	}

	long getParticipantId() {
		return participantId;
	}

}
