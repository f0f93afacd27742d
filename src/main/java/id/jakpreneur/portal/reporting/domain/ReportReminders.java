package id.jakpreneur.portal.reporting.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import id.jakpreneur.portal.notification.NoticeKind;
import id.jakpreneur.portal.notification.Notifications;
import id.jakpreneur.portal.shared.Jakarta;
import id.jakpreneur.portal.shared.JobSchedule;
import id.jakpreneur.portal.shared.NoticeDates;
import id.jakpreneur.portal.shared.ScheduledJob;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every morning (07:00 in Jakarta) from the 1st to the {@code jakpreneur.programme.report-reminder-last-day} (default
 * 5th) of a month, tells each participant who was validated by the end of last month and has not filed that month's
 * financial report that it is due: {@code REPORT_DUE}, once per participant and month (its dedupe key), however
 * often the job runs. Participants are taken 500 at a time in order of id, each batch in its own transaction.
 */
@Component
public class ReportReminders implements ScheduledJob {

	static final int BATCH = 500;

	private final JdbcClient jdbc;

	private final Notifications notifications;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final int lastDay;

	private final String cron;

	ReportReminders(JdbcClient jdbc, Notifications notifications, PlatformTransactionManager transactionManager,
			Clock clock, @Value("${jakpreneur.programme.report-reminder-last-day:5}") int lastDay,
			@Value("${jakpreneur.programme.report-reminder-cron:0 0 7 * * *}") String cron) {
		if (lastDay < 1 || lastDay > 28) {
			throw new IllegalArgumentException("jakpreneur.programme.report-reminder-last-day must be between 1 and 28");
		}
		this.jdbc = jdbc;
		this.notifications = notifications;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
		this.lastDay = lastDay;
		this.cron = cron;
	}

	@Override
	public String name() {
		return "reporting.report-reminders";
	}

	@Override
	public JobSchedule schedule() {
		return JobSchedule.cron(cron).longestRun(Duration.ofHours(1));
	}

	@Override
	public String run() {
		int sent = remind(LocalDate.now(clock));
		return sent == 0 ? "" : sent + " reminder(s)";
	}

	/**
	 * On the first days of a month, reminds of last month's report whoever has not filed it; returns how many
	 * notices were new (none on a later day of the month).
	 */
	public int remind(LocalDate today) {
		if (today.getDayOfMonth() > lastDay) {
			return 0;
		}
		YearMonth month = YearMonth.from(today).minusMonths(1);
		String dedupeKey = "report-due:" + month;
		String dueBy = NoticeDates.day(today.withDayOfMonth(lastDay));
		int sent = 0;
		long after = 0;
		while (true) {
			long from = after;
			List<Long[]> batch = transactions.execute(status -> due(month, from));
			if (batch.isEmpty()) {
				return sent;
			}
			sent += transactions.execute(status -> {
				int n = 0;
				for (Long[] row : batch) {
					if (notifications.send(row[1], NoticeKind.REPORT_DUE, "/me/reports", dedupeKey,
							NoticeDates.month(month), dueBy)) {
						n++;
					}
				}
				return n;
			});
			after = batch.get(batch.size() - 1)[0];
		}
	}

	/** The next participants (id, account) after this id who were validated before the month after and not filed. */
	private List<Long[]> due(YearMonth month, long after) {
		return jdbc.sql("""
				select p.id, p.account_id from participant_directory p
				where p.id > :after and p.account_id is not null and p.registration_status = 'VALIDATED'
				  and p.validated_at < :monthAfter
				  and not exists (select 1 from financial_report r
				                  where r.participant_id = p.id and r.report_month = :month)
				order by p.id limit :batch
				""")
			.param("after", after)
			.param("monthAfter", Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(Jakarta.ZONE).toInstant()))
			.param("month", month.atDay(1))
			.param("batch", BATCH)
			.query((rs, n) -> new Long[] { rs.getLong("id"), rs.getLong("account_id") })
			.list();
	}

}
