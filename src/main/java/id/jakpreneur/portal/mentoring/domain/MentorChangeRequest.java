package id.jakpreneur.portal.mentoring.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An entrepreneur's request for another mentor, with their reason, until an officer resolves it with a note. The
 * database keeps one open request per participant ({@code mentor_change_request_open_uq}).
 */
@Entity
@Table(name = "mentor_change_request")
public class MentorChangeRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long participantId;

	private long assignmentId;

	private String reason;

	@Column(insertable = false, updatable = false)
	private Instant requestedAt;

	private Instant resolvedAt;

	private Long resolvedBy;

	@Enumerated(EnumType.STRING)
	@Column(name = "resolution")
	private ChangeRequestState resolution;

	private String resolutionNote;

	protected MentorChangeRequest() {
	}

	public ChangeRequestState state() {
		return resolution == null ? ChangeRequestState.OPEN : resolution;
	}

	/**
	 * Resolves the request: REASSIGNED or DECLINED, with the officer's note.
	 * @throws MentoringException when it was resolved already
	 * @throws IllegalArgumentException for OPEN
	 */
	void resolve(ChangeRequestState outcome, long officerAccountId, String note, Instant now) {
		if (outcome == ChangeRequestState.OPEN) {
			throw new IllegalArgumentException("a request is resolved as REASSIGNED or DECLINED");
		}
		if (state() != ChangeRequestState.OPEN) {
			throw new MentoringException("mentoring.request.resolved");
		}
		this.resolution = outcome;
		this.resolvedBy = officerAccountId;
		this.resolutionNote = note;
		this.resolvedAt = now;
	}

	public Long getId() {
		return id;
	}

}
