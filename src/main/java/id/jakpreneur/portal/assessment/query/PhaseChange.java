package id.jakpreneur.portal.assessment.query;

import java.time.Instant;
import java.time.LocalDate;

import id.jakpreneur.portal.assessment.Phase;
import id.jakpreneur.portal.assessment.domain.AssessmentSource;

/**
 * A business moved up a phase (naik kelas) or down, on a given day, through a given assessment.
 *
 * @param participantId whose business
 * @param assessmentId the assessment that found the new phase
 * @param from phase before
 * @param to phase after
 * @param direction up or down
 * @param source what the assessment was made from: dashboards may leave out changes caused by a new policy
 * @param changedOn the day, in Jakarta
 * @param changedAt the moment
 */
public record PhaseChange(long participantId, long assessmentId, Phase from, Phase to, Direction direction,
		AssessmentSource source, LocalDate changedOn, Instant changedAt) {

	public enum Direction {

		UP, DOWN

	}

}
