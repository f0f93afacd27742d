package id.jakpreneur.portal.training.domain;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One meeting of a class: a day, a time, a place. */
@Entity
@Table(name = "training_session")
class TrainingSession {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long classId;

	private LocalDate sessionDate;

	private LocalTime startTime;

	private LocalTime endTime;

	private String place;

	protected TrainingSession() {
	}

	TrainingSession(long classId, SessionDraft draft) {
		if (!draft.end().isAfter(draft.start())) {
			throw new IllegalArgumentException("a session ends after it starts");
		}
		this.classId = classId;
		this.sessionDate = draft.date();
		this.startTime = draft.start();
		this.endTime = draft.end();
		this.place = draft.place().strip();
	}

	Long getId() {
		return id;
	}

}
