package id.jakpreneur.portal.entrepreneur.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One changed field of a profile: who, when, from what to what (NIK and KK only masked). */
@Entity
public class ParticipantChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long participantId;

	private long changedBy;

	private Instant changedAt;

	private String field;

	private String oldValue;

	private String newValue;

	protected ParticipantChange() {
	}

	ParticipantChange(long participantId, long changedBy, String field, String oldValue, String newValue,
			Instant changedAt) {
		this.participantId = participantId;
		this.changedBy = changedBy;
		this.field = field;
		this.oldValue = truncate(oldValue);
		this.newValue = truncate(newValue);
		this.changedAt = changedAt;
	}

	private static String truncate(String value) {
		return value != null && value.length() > 500 ? value.substring(0, 500) : value;
	}

}
