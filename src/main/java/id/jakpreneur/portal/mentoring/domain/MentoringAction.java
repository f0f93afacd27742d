package id.jakpreneur.portal.mentoring.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An action agreed in a session, due on a day, ticked done by the entrepreneur. */
@Entity
@Table(name = "mentoring_action")
public class MentoringAction {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long sessionId;

	private long participantId;

	private String description;

	private LocalDate dueOn;

	private Instant doneAt;

	private Long doneBy;

	protected MentoringAction() {
	}

	MentoringAction(long sessionId, long participantId, String description, LocalDate dueOn) {
		this.sessionId = sessionId;
		this.participantId = participantId;
		this.description = description.strip();
		this.dueOn = dueOn;
	}

	public ActionState state() {
		return doneAt == null ? ActionState.OPEN : ActionState.DONE;
	}

	/** Ticks the action done (keeping when and by whom it was first ticked), or opens it again. */
	void moveTo(ActionState target, long accountId, Instant now) {
		if (target == ActionState.DONE && state() == ActionState.OPEN) {
			this.doneAt = now;
			this.doneBy = accountId;
		}
		else if (target == ActionState.OPEN) {
			this.doneAt = null;
			this.doneBy = null;
		}
	}

}
