package id.jakpreneur.portal.reporting.domain;

import java.time.Clock;
import java.time.Instant;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.notification.NoticeKind;
import id.jakpreneur.portal.notification.Notifications;
import id.jakpreneur.portal.reporting.ReportReviewed;
import id.jakpreneur.portal.reporting.ReportStatus;
import id.jakpreneur.portal.shared.NoticeDates;
import id.jakpreneur.portal.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participant's current mentor, or an officer of her area, verifies each submitted report (for a late report this
 * is the confirmation it needs to count) or returns it with a reason she reads (a notice and her reports page). Each
 * decision is published as {@link ReportReviewed} with its actor, for her timeline; a verification may complete P6.
 * Anyone else is answered "not found".
 */
@Service
@Transactional
public class ReportReviews {

	private final FinancialReportRepository reports;

	private final FinancialReports filing;

	private final ParticipantRecords participants;

	private final Notifications notifications;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final Clock clock;

	ReportReviews(FinancialReportRepository reports, FinancialReports filing, ParticipantRecords participants,
			Notifications notifications, ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
		this.reports = reports;
		this.filing = filing;
		this.participants = participants;
		this.notifications = notifications;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The participant, when the user may review her reports: her current mentor, or an officer of her area. */
	@Transactional(readOnly = true)
	public ParticipantView reviewable(PortalUser user, long participantId) {
		return switch (user.role()) {
			case MENTOR -> {
				boolean mentor = jdbc.sql("""
						select exists (select 1 from participant_current_mentor
						               where participant_id = :participantId and mentor_account_id = :accountId)
						""")
					.param("participantId", participantId)
					.param("accountId", user.accountId())
					.query(Boolean.class)
					.single();
				if (!mentor) {
					throw new NotFoundException();
				}
				yield participants.referred(participantId);
			}
			case OFFICER, ADMIN -> participants.get(user, participantId);
			default -> throw new NotFoundException();
		};
	}

	/** Verifies (or, for a late report, confirms) a submitted report; it now counts for P6. */
	public void verify(PortalUser user, long participantId, long reportId) {
		FinancialReport report = load(user, participantId, reportId);
		Instant now = clock.instant();
		report.verify(user.accountId(), now);
		reports.saveAndFlush(report);
		events.publishEvent(new ReportReviewed(participantId, report.getMonth(), ReportStatus.VERIFIED,
				report.isLate(), null, user.accountId(), now));
		filing.completeIfReached(participantId);
	}

	/**
	 * Returns a submitted report with a reason the participant reads, to correct and submit again.
	 * @throws ReportRefusedException without a reason, or when the report is not waiting for a review
	 */
	public void giveBack(PortalUser user, long participantId, long reportId, String reason) {
		FinancialReport report = load(user, participantId, reportId);
		Instant now = clock.instant();
		report.giveBack(user.accountId(), reason, now);
		reports.saveAndFlush(report);
		events.publishEvent(new ReportReviewed(participantId, report.getMonth(), ReportStatus.RETURNED,
				report.isLate(), report.getReturnReason(), user.accountId(), now));
		participants.accountOf(participantId)
			.ifPresent(account -> notifications.send(account, NoticeKind.REPORT_RETURNED, "/me/reports", null,
					NoticeDates.month(report.getMonth()), report.getReturnReason()));
	}

	private FinancialReport load(PortalUser user, long participantId, long reportId) {
		reviewable(user, participantId);
		return reports.findById(reportId)
			.filter(r -> r.getParticipantId() == participantId)
			.orElseThrow(NotFoundException::new);
	}

}
