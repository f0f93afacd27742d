package id.jakpreneur.portal.mentoring.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A session a mentor held with a current mentee, as logged: once accepted by {@link SessionRules}, it does not change.
 */
@Entity
@Table(name = "mentoring_session")
public class MentoringSession {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long assignmentId;

	private long participantId;

	private long mentorId;

	private LocalDate heldOn;

	@Enumerated(EnumType.STRING)
	private SessionMode mode;

	private int durationMinutes;

	private String topics;

	private String notes;

	private LocalDate nextMeetingOn;

	private LocalDate salesMonth;

	private Long verifiedSales;

	private Instant loggedAt;

	private long loggedBy;

	protected MentoringSession() {
	}

	MentoringSession(long assignmentId, long participantId, long mentorId, NewSession session, long loggedBy,
			Instant now) {
		this.assignmentId = assignmentId;
		this.participantId = participantId;
		this.mentorId = mentorId;
		this.heldOn = session.heldOn();
		this.mode = session.mode();
		this.durationMinutes = session.durationMinutes();
		this.topics = session.topics().strip();
		this.notes = session.notes() == null || session.notes().isBlank() ? null : session.notes().strip();
		this.nextMeetingOn = session.nextMeetingOn();
		this.salesMonth = session.salesMonth() == null ? null : session.salesMonth().atDay(1);
		this.verifiedSales = session.verifiedSales();
		this.loggedBy = loggedBy;
		this.loggedAt = now;
	}

	public Long getId() {
		return id;
	}

}
