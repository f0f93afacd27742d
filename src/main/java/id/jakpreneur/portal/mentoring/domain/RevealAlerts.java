package id.jakpreneur.portal.mentoring.domain;

import java.time.format.DateTimeFormatter;
import java.util.List;

import id.jakpreneur.portal.entrepreneur.PersonalDataRevealsExceeded;
import id.jakpreneur.portal.notification.NoticeKind;
import id.jakpreneur.portal.notification.Notifications;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the administrators when an officer opened more NIK or KK numbers in a day than the limit: a notice to
 * every enabled administrator (administrators cover the whole province, so every area's reveals reach them), in
 * the reveal's transaction. The entrepreneur module sends the event once per officer and day; the dedupe key
 * keeps it once even if it came twice.
 */
@Component
class RevealAlerts {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

	private final Notifications notices;

	private final JdbcClient jdbc;

	RevealAlerts(Notifications notices, JdbcClient jdbc) {
		this.notices = notices;
		this.jdbc = jdbc;
	}

	@EventListener
	void on(PersonalDataRevealsExceeded exceeded) {
		List<Long> administrators = jdbc
			.sql("select id from account_directory where role = 'ADMIN' and enabled order by id")
			.query(Long.class)
			.list();
		String dedupeKey = "reveals:" + exceeded.officerAccountId() + ":" + exceeded.day();
		for (long admin : administrators) {
			notices.send(admin, NoticeKind.REVEALS_EXCEEDED, "/admin/users", dedupeKey, exceeded.officerName(),
					String.valueOf(exceeded.reveals()), exceeded.day().format(DAY), String.valueOf(exceeded.limit()));
		}
	}

}
