package id.jakpreneur.portal.mentoring.domain;

import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import id.jakpreneur.portal.notification.NoticeKind;
import id.jakpreneur.portal.notification.Notifications;
import id.jakpreneur.portal.shared.JobSchedule;
import id.jakpreneur.portal.shared.ScheduledJob;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every morning (07:00 in Jakarta), reminds entrepreneurs of open actions due within the configured days (one by
 * default: due today or tomorrow) or already overdue. Each action is reminded once per account: the notice's dedupe
 * key makes a second run, after a restart, a no-op; the job runs once per morning across instances.
 */
@Component
public class ActionReminders implements ScheduledJob {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

	private final JdbcClient jdbc;

	private final Notifications notices;

	private final MentoringSettings settings;

	private final Clock clock;

	private final String cron;

	ActionReminders(JdbcClient jdbc, Notifications notices, MentoringSettings settings, Clock clock,
			@Value("${jakpreneur.mentoring.action-reminder-cron:0 0 7 * * *}") String cron) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.notices = notices;
		this.settings = settings;
		this.cron = cron;
	}

	@Override
	public String name() {
		return "mentoring.action-reminders";
	}

	@Override
	public JobSchedule schedule() {
		return JobSchedule.cron(cron).longestRun(Duration.ofHours(1));
	}

	@Override
	public String run() {
		return remind(LocalDate.now(clock)) + " notice(s)";
	}

	/** Reminds the actions due by {@code today} plus the configured days; returns how many notices were new. */
	public int remind(LocalDate today) {
		int[] sent = { 0 };
		jdbc.sql("""
				select x.id, x.description, x.due_on, p.account_id
				from mentoring_action x join participant_directory p on p.id = x.participant_id
				where x.done_at is null and x.due_on <= :dueBy and p.account_id is not null
				  and not exists (select 1 from notice_dedupe n where n.account_id = p.account_id
				                  and n.dedupe_key = 'action-due:' || x.id)
				order by x.due_on, x.id limit 10000
				""")
			.param("dueBy", Date.valueOf(today.plusDays(settings.actionReminderDays())))
			.query(rs -> {
				if (notices.send(rs.getLong("account_id"), NoticeKind.ACTION_DUE, "/me/mentoring",
						"action-due:" + rs.getLong("id"), rs.getString("description"),
						DAY.format(rs.getDate("due_on").toLocalDate()))) {
					sent[0]++;
				}
			});
		return sent[0];
	}

}
