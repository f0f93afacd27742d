package id.jakpreneur.portal.training.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A participant's request for a seat in a class: seated, waiting, or given up. The moves are checked here, in one
 * place ({@link #moveTo}); who gets a seat is decided by {@link Seats} under the class row's lock. The time of
 * asking comes from the database ({@code clock_timestamp()}), so the waiting list's order is the order of arrival.
 */
@Entity
@Table(name = "training_enrolment")
class Enrolment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long classId;

	private long participantId;

	@Enumerated(EnumType.STRING)
	private EnrolmentStatus status;

	private long enrolledBy;

	@Column(insertable = false, updatable = false)
	private Instant createdAt;

	private Instant seatedAt;

	private Instant cancelledAt;

	@Version
	private long version;

	protected Enrolment() {
	}

	/** A new request: seated when {@code status} is ENROLLED, on the waiting list when WAITING. */
	Enrolment(long classId, long participantId, EnrolmentStatus status, long enrolledBy, Instant now) {
		if (status == EnrolmentStatus.CANCELLED) {
			throw new EnrolmentRefusedException("programme.enrol.illegalStep");
		}
		this.classId = classId;
		this.participantId = participantId;
		this.status = status;
		this.enrolledBy = enrolledBy;
		this.seatedAt = status == EnrolmentStatus.ENROLLED ? now : null;
	}

	/**
	 * Seats a waiting request, or gives up a seat or a place on the waiting list.
	 * @throws EnrolmentRefusedException when the enrolment cannot move there from where it stands
	 */
	void moveTo(EnrolmentStatus target, Instant now) {
		if (!status.canMoveTo(target)) {
			throw new EnrolmentRefusedException("programme.enrol.illegalStep");
		}
		this.status = target;
		if (target == EnrolmentStatus.ENROLLED) {
			this.seatedAt = now;
		}
		if (target == EnrolmentStatus.CANCELLED) {
			this.cancelledAt = now;
		}
	}

	Long getId() {
		return id;
	}

	long getParticipantId() {
		return participantId;
	}

	EnrolmentStatus getStatus() {
		return status;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

}
