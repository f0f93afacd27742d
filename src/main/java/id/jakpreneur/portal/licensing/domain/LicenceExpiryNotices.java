package id.jakpreneur.portal.licensing.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.notification.NoticeKind;
import id.jakpreneur.portal.notification.Notifications;
import id.jakpreneur.portal.shared.JobSchedule;
import id.jakpreneur.portal.shared.ScheduledJob;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every morning (06:30 in Jakarta), tells entrepreneurs in the portal (the bell of the mentoring module's notices)
 * that an issued licence expires within 30 days. Each licence and expiry date is noticed once per account: the
 * notice's dedupe key makes a second run, after a restart, a no-op, and a renewed licence (a new expiry date) is
 * noticed again when its time comes; the job runs once per morning across instances.
 */
@Component
public class LicenceExpiryNotices implements ScheduledJob {

	static final int DAYS_BEFORE = 30;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

	private final JdbcClient jdbc;

	private final Notifications notices;

	private final Clock clock;

	private final String cron;

	LicenceExpiryNotices(JdbcClient jdbc, Notifications notices, Clock clock,
			@Value("${jakpreneur.programme.licence-expiry-cron:0 30 6 * * *}") String cron) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.notices = notices;
		this.cron = cron;
	}

	@Override
	public String name() {
		return "licensing.licence-expiry-notices";
	}

	@Override
	public JobSchedule schedule() {
		return JobSchedule.cron(cron).longestRun(Duration.ofHours(1));
	}

	@Override
	public String run() {
		return notice(LocalDate.now(clock)) + " notice(s)";
	}

	/** Notices the licences expiring from {@code today} to 30 days later; returns how many notices were new. */
	public int notice(LocalDate today) {
		int[] sent = { 0 };
		jdbc.sql("""
				select l.id, l.licence_type, l.other_name, l.licence_number, l.expires_on, p.account_id
				from licence l join participant_directory p on p.id = l.participant_id
				where l.status = 'ISSUED' and l.expires_on is not null and l.expires_on between :from and :to
				  and p.account_id is not null
				order by l.expires_on, l.id limit 10000
				""").param("from", today).param("to", today.plusDays(DAYS_BEFORE)).query(rs -> {
			String name = rs.getString("other_name") != null ? rs.getString("other_name")
					: LicenceType.valueOf(rs.getString("licence_type")).documentName();
			LocalDate expires = rs.getObject("expires_on", LocalDate.class);
			if (notices.send(rs.getLong("account_id"), NoticeKind.LICENCE_EXPIRING, "/me/licences",
					"licence-expiring:" + rs.getLong("id") + ":" + expires, name, rs.getString("licence_number"),
					DAY.format(expires))) {
				sent[0]++;
			}
		});
		return sent[0];
	}

}
