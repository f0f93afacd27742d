package id.jakpreneur.portal.entrepreneur;

import java.time.Period;

/**
 * How long personal data is kept (configured under {@code jakpreneur.retention.*}; docs/privacy.md).
 *
 * @param inactiveParticipants a participant with no activity for this long is anonymised
 * @param documentsAfterStep documents that evidenced a step are deleted this long after the step was completed
 */
public record RetentionSchedule(Period inactiveParticipants, Period documentsAfterStep) {
}
