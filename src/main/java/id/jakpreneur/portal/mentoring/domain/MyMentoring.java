package id.jakpreneur.portal.mentoring.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.assessment.Assessments;
import id.jakpreneur.portal.assessment.StepCode;
import id.jakpreneur.portal.assessment.StepStatus;
import id.jakpreneur.portal.shared.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import id.jakpreneur.portal.mentoring.query.ActionView;
import id.jakpreneur.portal.mentoring.query.SessionQueries;
import id.jakpreneur.portal.mentoring.query.SessionView;

/**
 * The entrepreneur's side of mentoring, always for the participant record of their own account: who their mentor is, the sessions
 * and actions, ticking actions done, asking for another mentor, and the language they would like to be mentored in.
 */
@Service
@Transactional
public class MyMentoring {

	private final JdbcTemplate jdbc;

	private final Assessments assessments;

	private final SessionQueries sessions;

	MyMentoring(JdbcTemplate jdbc, Assessments assessments, SessionQueries sessions) {
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

	@Transactional(readOnly = true)
	public Page page(PortalUser me, Pageable sessionsPage) {
		Overview overview = overview(me);
		return new Page(overview, sessions.sessions(overview.participantId(), sessionsPage),
				sessions.openActions(overview.participantId()));
	}

	/** The mentor, the open request and the language in one statement; the P3 status in another. */
	@Transactional(readOnly = true)
	public Overview overview(PortalUser me) {
		Overview overview = jdbc.query("""
				select p.id, m.full_name, m.kind, m.agency_code, m.organisation, m.phone, acc.email, a.assigned_at,
				       r.reason, r.requested_at, pref.language
				from participant p
				left join mentor_assignment a on a.participant_id = p.id and a.ended_at is null
				left join mentor m on m.id = a.mentor_id left join account acc on acc.id = m.account_id
				left join mentor_change_request r on r.participant_id = p.id and r.resolved_at is null
				left join mentee_preference pref on pref.participant_id = p.id
				where p.account_id = ?
				""", (rs, n) -> new Overview(rs.getLong(1),
				rs.getString(2) == null ? null : new MyMentor(rs.getString(2), MentorKind.valueOf(rs.getString(3)),
						rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
						rs.getTimestamp(8).toInstant()),
				rs.getString(9) == null ? null : new OpenRequest(rs.getString(9), rs.getTimestamp(10).toInstant()),
				rs.getString(11) == null ? null : MentorLanguage.valueOf(rs.getString(11)), null), me.accountId())
			.stream()
			.findFirst()
			.orElseThrow(NotFoundException::new);
		StepStatus p3 = assessments.latest(overview.participantId()).map(a -> a.step(StepCode.P3).status()).orElse(null);
		return new Overview(overview.participantId(), overview.mentor(), overview.openRequest(),
				overview.preferredLanguage(), p3);
	}

	/** Ticks one of their own actions done (or not done again); anyone else's action answers "not found". */
	public void markAction(PortalUser me, long actionId, boolean done) {
		int changed = jdbc.update("""
				update mentoring_action set done_at = case when ? then coalesce(done_at, now()) end,
				    done_by = case when ? then coalesce(done_by, ?) end
				where id = ? and participant_id = ?
				""", done, done, me.accountId(), actionId, mine(me));
		if (changed == 0) {
			throw new NotFoundException();
		}
	}

	/**
	 * Asks the officers for another mentor, with a reason of 10 to 500 characters.
	 * @throws MentoringException without a current mentor, or with a request already open
	 */
	public void requestChange(PortalUser me, String reason) {
		long participantId = mine(me);
		String text = reason == null ? "" : reason.strip();
		if (text.length() < 10 || text.length() > 500) {
			throw new MentoringException("mentoring.reason.length");
		}
		Optional<Long> assignment = jdbc.queryForList(
				"select id from mentor_assignment where participant_id = ? and ended_at is null", Long.class,
				participantId).stream().findFirst();
		if (assignment.isEmpty()) {
			throw new MentoringException("mentoring.me.change.noMentor");
		}
		try {
			jdbc.update("insert into mentor_change_request (participant_id, assignment_id, reason) values (?, ?, ?)",
					participantId, assignment.get(), text);
		}
		catch (DuplicateKeyException ex) {
			throw new MentoringException("mentoring.me.change.open");
		}
	}

	/** Sets (or, with {@code null}, clears) the language they would like to be mentored in. */
	public void setLanguage(PortalUser me, MentorLanguage language) {
		long participantId = mine(me);
		if (language == null) {
			jdbc.update("delete from mentee_preference where participant_id = ?", participantId);
			return;
		}
		jdbc.update("""
				insert into mentee_preference (participant_id, language) values (?, ?)
				on conflict (participant_id) do update set language = excluded.language, updated_at = now()
				""", participantId, language.name());
	}

	/** The participant record of the entrepreneur's own account; one indexed look-up. */
	private long mine(PortalUser me) {
		return jdbc.queryForList("select id from participant where account_id = ?", Long.class, me.accountId())
			.stream()
			.findFirst()
			.orElseThrow(NotFoundException::new);
	}

}
