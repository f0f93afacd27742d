package id.jakpreneur.portal.reporting.domain;

import java.time.YearMonth;

import id.jakpreneur.portal.notification.NoticeKind;
import id.jakpreneur.portal.notification.Notifications;
import id.jakpreneur.portal.shared.NoticeDates;
import id.jakpreneur.portal.shared.Rupiah;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Compares a report's sales with the sales the mentor verified for that month in a session (the latest session that
 * did, through mentoring's view {@code mentor_verified_sales}); when they differ by more than the configured share,
 * the participant's current mentor is told ({@code REPORT_SALES_DIFFER}, once per report and figure). The mentor's
 * list of the mentee's reports marks the same reports ({@code ReportQueries#forReview}).
 */
@Component
class SalesCheck {

	private final ReportReviewSettings settings;

	private final Notifications notifications;

	private final JdbcClient jdbc;

	SalesCheck(ReportReviewSettings settings, Notifications notifications, JdbcClient jdbc) {
		this.settings = settings;
		this.notifications = notifications;
		this.jdbc = jdbc;
	}

	/** Tells the current mentor when the reported sales differ from those verified; returns whether they do. */
	boolean flagIfDiffers(long reportId, long participantId, YearMonth month, long reported) {
		record Verified(long sales, Long mentorAccount, String menteeName) {
		}
		Verified verified = jdbc.sql("""
				select v.verified_sales, cm.mentor_account_id, p.full_name
				from mentor_verified_sales v
				join participant_directory p on p.id = v.participant_id
				left join participant_current_mentor cm on cm.participant_id = v.participant_id
				where v.participant_id = :participantId and v.sales_month = :month
				order by v.held_on desc, v.session_id desc limit 1
				""")
			.param("participantId", participantId)
			.param("month", month.atDay(1))
			.query((rs, n) -> new Verified(rs.getLong("verified_sales"),
					rs.getObject("mentor_account_id") == null ? null : rs.getLong("mentor_account_id"),
					rs.getString("full_name")))
			.optional()
			.orElse(null);
		if (verified == null || !settings.differs(reported, verified.sales())) {
			return false;
		}
		if (verified.mentorAccount() != null) {
			notifications.send(verified.mentorAccount(), NoticeKind.REPORT_SALES_DIFFER,
					"/mentor/mentees/" + participantId + "/reports", "report-sales:" + reportId + ":" + reported,
					verified.menteeName(), NoticeDates.month(month), Rupiah.format(reported),
					Rupiah.format(verified.sales()));
		}
		return true;
	}

}
