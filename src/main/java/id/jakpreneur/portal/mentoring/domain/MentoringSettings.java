package id.jakpreneur.portal.mentoring.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The mentoring rules an agency may tune ({@code jakpreneur.mentoring.*}).
 *
 * @param p3Sessions sessions on different days that complete P3 Pendampingan ...
 * @param p3PeriodDays ... when they fall within this many days
 * @param quietDays a mentee without a session for this many days needs attention
 * @param stuckDays a mentee whose current step has not moved for this many days needs attention
 * @param reportDueDay by this day of a month, last month's sales figure should have been verified
 * @param suggestions how many mentors the assignment pages suggest per participant
 * @param actionReminderDays how many days before its due date an open action is reminded
 */
@ConfigurationProperties("jakpreneur.mentoring")
public record MentoringSettings(@DefaultValue("4") int p3Sessions, @DefaultValue("120") int p3PeriodDays,
		@DefaultValue("30") int quietDays, @DefaultValue("90") int stuckDays, @DefaultValue("10") int reportDueDay,
		@DefaultValue("5") int suggestions, @DefaultValue("1") int actionReminderDays) {

	public MentoringSettings {
		if (p3Sessions < 1 || p3PeriodDays < 1 || quietDays < 1 || stuckDays < 1 || suggestions < 1
				|| actionReminderDays < 0) {
			throw new IllegalArgumentException("mentoring settings must be positive");
		}
		if (reportDueDay < 1 || reportDueDay > 28) {
			throw new IllegalArgumentException("jakpreneur.mentoring.report-due-day must be 1 to 28");
		}
	}

	/** The defaults, for tests and tools. */
	public static MentoringSettings defaults() {
		return new MentoringSettings(4, 120, 30, 90, 10, 5, 1);
	}

}
