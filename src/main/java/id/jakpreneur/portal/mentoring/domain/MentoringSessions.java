package id.jakpreneur.portal.mentoring.domain;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.assessment.AssessmentSummary;
import id.jakpreneur.portal.assessment.Assessments;
import id.jakpreneur.portal.assessment.StepCode;
import id.jakpreneur.portal.assessment.StepCompleted;
import id.jakpreneur.portal.assessment.StepStatus;
import id.jakpreneur.portal.notification.NoticeKind;
import id.jakpreneur.portal.notification.Notifications;
import id.jakpreneur.portal.mentoring.query.Rows;
import id.jakpreneur.portal.shared.Jakarta;
import id.jakpreneur.portal.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mentors log sessions with their current mentees. The assignment row is locked while a session is logged, so two
 * sessions logged at once are counted one after the other; when the sessions now meet the configured P3 rule
 * ({@link P3Rule}) and P3 Pendampingan is still needed, {@link StepCompleted} is published in the same transaction:
 * the assessment module records it and assesses the participant again, or everything rolls back together. The
 * mentee is notified of the new session.
 */
@Service
@Transactional
public class MentoringSessions {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

	private final JdbcClient jdbc;

	private final Assessments assessments;

	private final ApplicationEventPublisher events;

	private final Notifications notices;

	private final MessageSource messages;

	private final MentoringSettings settings;

	private final Clock clock;

	private final MentoringSessionRepository sessions;

	private final MentoringActionRepository actions;

	MentoringSessions(JdbcClient jdbc, Assessments assessments, ApplicationEventPublisher events, Notifications notices,
			MessageSource messages, MentoringSettings settings, Clock clock, MentoringSessionRepository sessions,
			MentoringActionRepository actions) {
		this.jdbc = jdbc;
		this.sessions = sessions;
		this.actions = actions;
		this.assessments = assessments;
		this.events = events;
		this.notices = notices;
		this.messages = messages;
		this.settings = settings;
		this.clock = clock;
	}

	/** The day the mentor's current assignment to this mentee began; "not found" for anyone else's participant. */
	@Transactional(readOnly = true)
	public LocalDate assignedOn(PortalUser mentor, long participantId) {
		return current(mentor, participantId, "").assignedOn();
	}

	/**
	 * Logs a session and its agreed actions. Returns whether this session completed P3.
	 * @throws SessionRejectedException with the problems by field when {@link SessionRules} refuse the session
	 */
	public boolean log(PortalUser mentor, long participantId, NewSession session) {
		Current current = current(mentor, participantId, " for update of a");
		LocalDate today = LocalDate.now(clock);
		Map<String, String> problems = SessionRules.problems(session, current.assignedOn(), today);
		if (!problems.isEmpty()) {
			throw new SessionRejectedException(problems);
		}
		long sessionId = sessions.save(new MentoringSession(current.assignmentId(), participantId, current.mentorId(),
				session, mentor.accountId(), Instant.now(clock))).getId();
		for (NewSession.NewAction action : session.actions()) {
			actions.save(new MentoringAction(sessionId, participantId, action.description(), action.dueOn()));
		}
		current.participantAccount().ifPresent(account -> notices.send(account, NoticeKind.SESSION_LOGGED,
				"/me/mentoring", null, current.mentorName(), DAY.format(session.heldOn())));
		return completeP3IfMet(participantId);
	}

	private boolean completeP3IfMet(long participantId) {
		List<LocalDate> days = jdbc.sql("select distinct held_on from mentoring_session where participant_id = :id")
			.param("id", participantId)
			.query(Date.class)
			.list()
			.stream()
			.map(Date::toLocalDate)
			.toList();
		Optional<P3Rule.Window> window = P3Rule.met(days, settings.p3Sessions(), settings.p3PeriodDays());
		if (window.isEmpty()) {
			return false;
		}
		boolean needed = assessments.latest(participantId)
			.map(AssessmentSummary::steps)
			.map(steps -> steps.get(StepCode.P3.ordinal()).status() == StepStatus.NEEDED)
			.orElse(true);
		if (!needed) {
			return false;
		}
		String evidence = messages.getMessage("mentoring.p3.evidence",
				new Object[] { window.get().sessions(), DAY.format(window.get().first()), DAY.format(window.get().last()),
						settings.p3PeriodDays() },
				java.util.Locale.forLanguageTag("id"));
		events.publishEvent(new StepCompleted(participantId, StepCode.P3, evidence, Instant.now(clock)));
		return true;
	}

	private Current current(PortalUser mentor, long participantId, String lock) {
		return jdbc.sql("""
				select a.id, a.mentor_id, m.full_name, a.assigned_at, p.account_id
				from mentor_assignment a join mentor m on m.id = a.mentor_id join participant_directory p on p.id = a.participant_id
				where m.account_id = :mentorAccount and a.participant_id = :participantId and a.ended_at is null""" + lock)
			.param("mentorAccount", mentor.accountId())
			.param("participantId", participantId)
			.query((rs, n) -> new Current(rs.getLong("id"), rs.getLong("mentor_id"), rs.getString("full_name"),
					Rows.instant(rs, "assigned_at").atZone(Jakarta.ZONE).toLocalDate(),
					Optional.ofNullable(Rows.longOrNull(rs, "account_id"))))
			.optional()
			.orElseThrow(NotFoundException::new);
	}

	private record Current(long assignmentId, long mentorId, String mentorName, LocalDate assignedOn,
			Optional<Long> participantAccount) {
	}

}
