package id.jakpreneur.portal.entrepreneur.domain;

import java.time.Duration;
import java.time.Period;

import id.jakpreneur.portal.entrepreneur.RetentionSchedule;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long personal data is kept ({@code jakpreneur.retention.*}, docs/privacy.md, decision 110) and when the nightly
 * run applies it.
 *
 * @param inactiveParticipants a participant with no activity for this long is anonymised
 * @param documentsAfterStep documents that evidenced a step are deleted this long after the step was completed
 * @param cron when the run starts (Jakarta time), once across instances; {@code -} switches it off
 * @param batch participants anonymised at most per run (the rest the next night)
 * @param deletionTimeLimit how long the administrators have to decide a deletion request (UU 27/2022: 3 x 24 hours)
 */
@ConfigurationProperties("jakpreneur.retention")
public record RetentionSettings(@DefaultValue("5y") Period inactiveParticipants,
		@DefaultValue("2y") Period documentsAfterStep, @DefaultValue("0 30 2 * * *") String cron,
		@DefaultValue("500") int batch, @DefaultValue("72h") Duration deletionTimeLimit) {

	public RetentionSchedule schedule() {
		return new RetentionSchedule(inactiveParticipants, documentsAfterStep);
	}

}
