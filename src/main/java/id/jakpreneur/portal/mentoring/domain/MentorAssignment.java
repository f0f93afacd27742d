package id.jakpreneur.portal.mentoring.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import id.jakpreneur.portal.assessment.Track;

/**
 * A mentor working with a participant on a track, from the officer's assignment until it ends with a reason. The
 * database keeps one active assignment per participant ({@code mentor_assignment_active_uq}) and the mentor's load
 * (its trigger, which refuses a full or paused mentor); the lifecycle rules are here.
 */
@Entity
@Table(name = "mentor_assignment")
public class MentorAssignment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long participantId;

	private long mentorId;

	@Enumerated(EnumType.STRING)
	private Track track;

	private Instant assignedAt;

	private long assignedBy;

	private String assignNote;

	private Instant endedAt;

	private Long endedBy;

	@Enumerated(EnumType.STRING)
	private EndReason endReason;

	private String endNote;

	protected MentorAssignment() {
	}

	MentorAssignment(long participantId, long mentorId, Track track, long assignedBy, String note, Instant now) {
		this.participantId = participantId;
		this.mentorId = mentorId;
		this.track = track;
		this.assignedBy = assignedBy;
		this.assignNote = note;
		this.assignedAt = now;
	}

	public AssignmentState state() {
		return endedAt == null ? AssignmentState.ACTIVE : AssignmentState.ENDED;
	}

	/**
	 * Ends the assignment with a reason and a note. It never ends before it began: rows assigned before the
	 * aggregate existed took the database's clock, and a clock running behind it must not break the end's order.
	 * @throws MentoringException when it has already ended
	 */
	void end(EndReason reason, String note, long endedBy, Instant now) {
		if (state() != AssignmentState.ACTIVE) {
			throw new MentoringException("mentoring.reassign.none");
		}
		this.endReason = reason;
		this.endNote = note;
		this.endedBy = endedBy;
		this.endedAt = now.isBefore(assignedAt) ? assignedAt : now;
	}

	Instant endedAt() {
		return endedAt;
	}

	public Long getId() {
		return id;
	}

	public long getParticipantId() {
		return participantId;
	}

	public long getMentorId() {
		return mentorId;
	}

}
