package id.jakpreneur.portal.entrepreneur.domain;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import id.jakpreneur.portal.entrepreneur.RefusalReason;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A participant's request to have her data erased (decision 109). PENDING until an administrator decides: ERASED
 * (the erasure ran in the same transaction; the row keeps who, when and how many rows each module changed, never
 * what) or REFUSED with a legal reason. Both are final; the table allows one pending request per participant.
 */
@Entity
@Table(name = "deletion_request")
class DeletionRequest {

	static final int REASON_TEXT_MAX = 500;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long participantId;

	private Instant requestedAt;

	@Enumerated(EnumType.STRING)
	private DeletionOutcome outcome = DeletionOutcome.PENDING;

	private Instant decidedAt;

	private Long decidedBy;

	@Enumerated(EnumType.STRING)
	private RefusalReason reasonCode;

	private String reasonText;

	@JdbcTypeCode(SqlTypes.JSON)
	private Map<String, Integer> erasedRows;

	@Version
	private long version;

	protected DeletionRequest() {
	}

	DeletionRequest(long participantId, Instant requestedAt) {
		this.participantId = participantId;
		this.requestedAt = requestedAt;
	}

	void erased(long administrator, Instant at, Map<String, Integer> rows) {
		decide(DeletionOutcome.ERASED, administrator, at);
		this.erasedRows = new TreeMap<>(rows);
	}

	/** @throws DeletionRefusedException without a reason, or with OTHER and no explanation */
	void refused(long administrator, Instant at, RefusalReason reason, String text) {
		String explanation = text == null ? "" : text.strip();
		if (reason == null) {
			throw new DeletionRefusedException("privacy.decision.reason.required");
		}
		if (reason == RefusalReason.OTHER && explanation.isEmpty()) {
			throw new DeletionRefusedException("privacy.decision.text.required");
		}
		if (explanation.length() > REASON_TEXT_MAX) {
			throw new DeletionRefusedException("privacy.decision.text.tooLong");
		}
		decide(DeletionOutcome.REFUSED, administrator, at);
		this.reasonCode = reason;
		this.reasonText = explanation;
	}

	private void decide(DeletionOutcome target, long administrator, Instant at) {
		if (outcome != DeletionOutcome.PENDING) {
			throw new DeletionRefusedException("privacy.decision.already");
		}
		this.outcome = target;
		this.decidedBy = administrator;
		this.decidedAt = at;
	}

	Long getId() {
		return id;
	}

	long getParticipantId() {
		return participantId;
	}

	DeletionOutcome getOutcome() {
		return outcome;
	}

	RefusalReason getReasonCode() {
		return reasonCode;
	}

	String getReasonText() {
		return reasonText;
	}

}
