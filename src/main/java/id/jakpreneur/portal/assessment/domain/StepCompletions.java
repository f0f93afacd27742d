package id.jakpreneur.portal.assessment.domain;

import java.sql.Timestamp;

import id.jakpreneur.portal.assessment.domain.Assessing;
import id.jakpreneur.portal.assessment.StepCompleted;
import id.jakpreneur.portal.assessment.StepWithdrawn;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
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

	private final JdbcClient jdbc;

	private final Assessing assessing;

	StepCompletions(JdbcClient jdbc, Assessing assessing) {
		this.jdbc = jdbc;
		this.assessing = assessing;
	}

	@EventListener
	@Transactional
	void on(StepCompleted completed) {
		jdbc.sql("""
				insert into participant_step_completion (participant_id, step, evidence, completed_at)
				values (:participant, :step, :evidence, :completedAt)
				""")
			.param("participant", completed.participantId())
			.param("step", completed.step().name())
			.param("evidence", completed.evidence().strip())
			.param("completedAt", Timestamp.from(completed.when()))
			.update();
		assessing.reassess(completed.participantId(), AssessmentSource.STEP_COMPLETED);
	}

	/** The step's completions so far stop counting (they stay, marked withdrawn); the participant is assessed again. */
	@EventListener
	@Transactional
	void on(StepWithdrawn withdrawn) {
		jdbc.sql("""
				update participant_step_completion set withdrawn_at = :withdrawnAt
				where participant_id = :participant and step = :step and withdrawn_at is null
				""")
			.param("participant", withdrawn.participantId())
			.param("step", withdrawn.step().name())
			.param("withdrawnAt", Timestamp.from(withdrawn.when()))
			.update();
		assessing.reassess(withdrawn.participantId(), AssessmentSource.STEP_COMPLETED);
	}

}
