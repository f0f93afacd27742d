package id.jakpreneur.portal.mentoring.query;

import java.time.Instant;
import java.util.List;

import id.jakpreneur.portal.assessment.Assessments;
import id.jakpreneur.portal.assessment.StepCode;
import id.jakpreneur.portal.assessment.StepStatus;
import id.jakpreneur.portal.mentoring.domain.MentorKind;
import id.jakpreneur.portal.mentoring.domain.MentorLanguage;
import id.jakpreneur.portal.shared.NotFoundException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The entrepreneur's side of mentoring, read only and always for their own participant record: who their mentor is
 * and how to reach them, the open request for another mentor, the preferred language, the sessions and actions.
 */
@Service
@Transactional(readOnly = true)
public class MyMentoringQueries {

	private final JdbcClient jdbc;

	private final Assessments assessments;

	private final SessionQueries sessions;

	MyMentoringQueries(JdbcClient jdbc, Assessments assessments, SessionQueries sessions) {
		this.jdbc = jdbc;
		this.assessments = assessments;
		this.sessions = sessions;
	}

	/** The mentor as their mentee sees them: how to reach them. */
	public record MyMentor(String fullName, MentorKind kind, String agencyCode, String organisation, String phone,
			String email, Instant since) {
	}

	/** An open request for another mentor. */
	public record OpenRequest(String reason, Instant requestedAt) {
	}

	/**
	 * The overview: the mentor (or {@code null}), the open request (or {@code null}), the preferred language (or
	 * {@code null}) and where P3 stands ({@code null} before the first assessment).
	 */
	public record Overview(long participantId, MyMentor mentor, OpenRequest openRequest,
			MentorLanguage preferredLanguage, StepStatus mentoringStep) {
	}

	/** Everything the entrepreneur's mentoring page shows, in five statements. */
	public record Page(Overview overview, Slice<SessionView> sessions, List<ActionView> openActions) {
	}

	public Page page(long participantId, Pageable sessionsPage) {
		Overview overview = overview(participantId);
		return new Page(overview, sessions.sessions(participantId, sessionsPage), sessions.openActions(participantId));
	}

	/** The mentor, the open request and the language in one statement; the P3 status in another. */
	public Overview overview(long participantId) {
		Overview overview = jdbc.sql("""
				select p.id, m.full_name as mentor_name, m.kind, m.agency_code, m.organisation, m.phone, acc.email,
				       a.assigned_at, r.reason, r.requested_at, pref.language
				from participant_directory p
				left join mentor_assignment a on a.participant_id = p.id and a.ended_at is null
				left join mentor m on m.id = a.mentor_id left join account_directory acc on acc.id = m.account_id
				left join mentor_change_request r on r.participant_id = p.id and r.resolved_at is null
				left join mentee_preference pref on pref.participant_id = p.id
				where p.id = :participantId
				""")
			.param("participantId", participantId)
			.query((rs, n) -> new Overview(rs.getLong("id"),
					rs.getString("mentor_name") == null ? null
							: new MyMentor(rs.getString("mentor_name"), MentorKind.valueOf(rs.getString("kind")),
									rs.getString("agency_code"), rs.getString("organisation"), rs.getString("phone"),
									rs.getString("email"), Rows.instant(rs, "assigned_at")),
					rs.getString("reason") == null ? null
							: new OpenRequest(rs.getString("reason"), Rows.instant(rs, "requested_at")),
					Rows.enumOrNull(rs, "language", MentorLanguage::valueOf), null))
			.optional()
			.orElseThrow(NotFoundException::new);
		StepStatus p3 = assessments.latest(participantId).map(a -> a.step(StepCode.P3).status()).orElse(null);
		return new Overview(overview.participantId(), overview.mentor(), overview.openRequest(),
				overview.preferredLanguage(), p3);
	}

}
