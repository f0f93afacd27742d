package id.jakpreneur.portal.mentoring;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.assessment.Assessments;
import id.jakpreneur.portal.assessment.StepCode;
import id.jakpreneur.portal.assessment.StepStatus;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.shared.web.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The entrepreneur's side of mentoring, always for their own participant record: who their mentor is, the sessions
 * and actions, ticking actions done, asking for another mentor, and the language they would like to be mentored in.
 */
@Service
@Transactional
public class MyMentoring {

	private final JdbcTemplate jdbc;

	private final ParticipantRecords records;

	private final Assessments assessments;

	private final SessionReader sessions;

	MyMentoring(JdbcTemplate jdbc, ParticipantRecords records, Assessments assessments, SessionReader sessions) {
		this.jdbc = jdbc;
		this.records = records;
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

	@Transactional(readOnly = true)
	public Overview overview(PortalUser me) {
		long participantId = mine(me);
		MyMentor mentor = jdbc.query("""
				select m.full_name, m.kind, m.agency_code, m.organisation, m.phone, acc.email, a.assigned_at
				from mentor_assignment a join mentor m on m.id = a.mentor_id join account acc on acc.id = m.account_id
				where a.participant_id = ? and a.ended_at is null
				""", (rs, n) -> new MyMentor(rs.getString(1), MentorKind.valueOf(rs.getString(2)), rs.getString(3),
				rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()), participantId)
			.stream()
			.findFirst()
			.orElse(null);
		OpenRequest request = jdbc.query(
				"select reason, requested_at from mentor_change_request where participant_id = ? and resolved_at is null",
				(rs, n) -> new OpenRequest(rs.getString(1), rs.getTimestamp(2).toInstant()), participantId)
			.stream()
			.findFirst()
			.orElse(null);
		MentorLanguage language = jdbc
			.queryForList("select language from mentee_preference where participant_id = ?", String.class, participantId)
			.stream()
			.findFirst()
			.map(MentorLanguage::valueOf)
			.orElse(null);
		StepStatus p3 = assessments.latest(participantId).map(a -> a.step(StepCode.P3).status()).orElse(null);
		return new Overview(participantId, mentor, request, language, p3);
	}

	@Transactional(readOnly = true)
	public Slice<SessionView> sessions(PortalUser me, Pageable page) {
		return sessions.sessions(mine(me), page);
	}

	@Transactional(readOnly = true)
	public List<ActionView> openActions(PortalUser me) {
		return sessions.openActions(mine(me));
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

	private long mine(PortalUser me) {
		return records.ofAccount(me.accountId()).map(ParticipantView::id).orElseThrow(NotFoundException::new);
	}

}
