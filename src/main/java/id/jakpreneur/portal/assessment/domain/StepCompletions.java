package id.jakpreneur.portal.assessment.domain;

import java.sql.Timestamp;

import id.jakpreneur.portal.assessment.Assessing;
import id.jakpreneur.portal.assessment.StepCompleted;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hears that a step was completed elsewhere in the programme, records it, and assesses the participant again so
 * that the step shows as completed and the phase, track and reasons follow. It runs inside the publisher's
 * transaction (or its own, when there is none): the completion, its record and the new assessment commit or roll
 * back together.
 */
@Component
class StepCompletions {

	private final JdbcTemplate jdbc;

	private final Assessing assessing;

	StepCompletions(JdbcTemplate jdbc, Assessing assessing) {
		this.jdbc = jdbc;
		this.assessing = assessing;
	}

	@EventListener
	@Transactional
	void on(StepCompleted completed) {
		jdbc.update("insert into participant_step_completion (participant_id, step, evidence, completed_at) "
				+ "values (?, ?, ?, ?)", completed.participantId(), completed.step().name(), completed.evidence().strip(),
				Timestamp.from(completed.when()));
		assessing.reassess(completed.participantId(), AssessmentSource.STEP_COMPLETED);
	}

}
