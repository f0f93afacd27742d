package id.jakpreneur.portal.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.reporting.domain.ReportReminders;
import id.jakpreneur.portal.shared.Jakarta;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.SentNotices;
import id.jakpreneur.portal.support.TestParticipants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On the first five days of a month, a validated participant who has not filed last month's report is reminded,
 * once however often the job runs; one who filed it, or whose registration is not validated, is not.
 */
@PortalWebTest
class ReportReminderTests {

	@Autowired
	Registration registration;

	@Autowired
	ParticipantRecords records;

	@Autowired
	AccountManagement accounts;

	@Autowired
	ReportReminders reminders;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void lastMonthsMissingReportIsRemindedOnceOnTheFirstDays() {
		TestParticipants people = new TestParticipants(registration, records, accounts);
		SentNotices sent = new SentNotices(jdbc);
		TestParticipants.Registered late = people.registerValidated("Belum Lapor", "31.71.01.1001", Sector.KULINER);
		TestParticipants.Registered filed = people.registerValidated("Sudah Lapor", "31.71.01.1002", Sector.KULINER);
		TestParticipants.Registered waiting = people.register("Belum Divalidasi", "31.71.01.1003", Sector.KULINER,
				2_000_000);
		YearMonth thisMonth = YearMonth.now(Jakarta.ZONE);
		// a month is reported only after it ends: filed on the first of the next month
		jdbc.update("""
				insert into financial_report (participant_id, report_month, sales, costs, employees, share_offline,
				  share_marketplace, share_social_media, share_reseller, filed_by, filed_at)
				values (?, ?, 9000000, 6000000, 2, 100, 0, 0, 0, ?, ?)
				""", filed.id(), thisMonth.atDay(1), people.user(filed.email()).accountId(),
				Timestamp.from(thisMonth.plusMonths(1).atDay(1).atTime(8, 0).atZone(Jakarta.ZONE).toInstant()));
		long lateAccount = people.user(late.email()).accountId();
		sent.english(lateAccount);
		LocalDate nextMonth = thisMonth.plusMonths(1).atDay(1);

		reminders.remind(nextMonth.minusDays(1));
		assertThat(sent.count(lateAccount, "REPORT_DUE")).as("not before the month is over").isZero();
		reminders.remind(nextMonth);
		reminders.remind(nextMonth);
		reminders.remind(nextMonth.plusDays(2));
		assertThat(reminders.remind(nextMonth.plusDays(5))).as("after the 5th").isZero();

		String month = String.format("%02d-%d", thisMonth.getMonthValue(), thisMonth.getYear());
		String dueBy = String.format("05-%02d-%d", nextMonth.getMonthValue(), nextMonth.getYear());
		assertThat(sent.one(lateAccount, "REPORT_DUE", "/me/reports", "en", late.email()).args()).containsExactly(month,
				dueBy);
		assertThat(sent.count(people.user(filed.email()).accountId(), "REPORT_DUE")).isZero();
		assertThat(sent.count(people.user(waiting.email()).accountId(), "REPORT_DUE")).isZero();
	}

}
