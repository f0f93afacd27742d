package id.jakpreneur.portal.programme;

import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import id.jakpreneur.portal.mentoring.NoticeKind;
import id.jakpreneur.portal.mentoring.Notices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every morning (06:30 in Jakarta), tells entrepreneurs in the portal (the bell of the mentoring module's notices)
 * that an issued licence expires within 30 days. Each licence and expiry date is noticed once per account: the
 * notice's dedupe key makes a second run, on another instance or after a restart, a no-op, and a renewed licence
 * (a new expiry date) is noticed again when its time comes.
 */
@Component
class LicenceExpiryNotices {

	static final int DAYS_BEFORE = 30;

	private static final Logger log = LoggerFactory.getLogger(LicenceExpiryNotices.class);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

	private final JdbcTemplate jdbc;

	private final Notices notices;

	LicenceExpiryNotices(JdbcTemplate jdbc, Notices notices) {
		this.jdbc = jdbc;
		this.notices = notices;
	}

	@Scheduled(cron = "${jakpreneur.programme.licence-expiry-cron:0 30 6 * * *}", zone = "Asia/Jakarta")
	void noticeToday() {
		int sent = notice(Jakarta.today());
		log.info("Licence expiry notices: {} notice(s)", sent);
	}

	/** Notices the licences expiring from {@code today} to 30 days later; returns how many notices were new. */
	int notice(LocalDate today) {
		int[] sent = { 0 };
		jdbc.query("""
				select l.id, l.licence_type, l.other_name, l.licence_number, l.expires_on, p.account_id
				from licence l join participant p on p.id = l.participant_id
				where l.status = 'ISSUED' and l.expires_on is not null and l.expires_on between ? and ?
				  and p.account_id is not null
				order by l.expires_on, l.id limit 10000
				""", rs -> {
			String name = rs.getString(3) != null ? rs.getString(3)
					: id.jakpreneur.portal.entrepreneur.LicenceType.valueOf(rs.getString(2)).documentName();
			LocalDate expires = rs.getDate(5).toLocalDate();
			if (notices.send(rs.getLong(6), NoticeKind.LICENCE_EXPIRING, "/me/licences",
					"licence-expiring:" + rs.getLong(1) + ":" + expires, name, rs.getString(4), DAY.format(expires))) {
				sent[0]++;
			}
		}, Date.valueOf(today), Date.valueOf(today.plusDays(DAYS_BEFORE)));
		return sent[0];
	}

}
