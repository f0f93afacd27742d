package id.jakpreneur.portal.mentoring.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import id.jakpreneur.portal.shared.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The entrepreneur's changes to their own mentoring, always for the participant record of their own account
 * (resolved by {@code @CurrentParticipant}): ticking actions done, asking for another mentor, and the language they
 * would like to be mentored in.
 */
@Service
@Transactional
public class MyMentoring {

	private final JdbcClient jdbc;

	private final MentoringActionRepository actions;

	private final Clock clock;

	MyMentoring(JdbcClient jdbc, MentoringActionRepository actions, Clock clock) {
		this.jdbc = jdbc;
		this.actions = actions;
		this.clock = clock;
	}

	/** Ticks one of their own actions done (or not done again); anyone else's action answers "not found". */
	public void markAction(long accountId, long participantId, long actionId, boolean done) {
		actions.findByIdAndParticipantId(actionId, participantId)
			.orElseThrow(NotFoundException::new)
			.moveTo(done ? ActionState.DONE : ActionState.OPEN, accountId, Instant.now(clock));
	}

	/**
	 * Asks the officers for another mentor, with a reason of 10 to 500 characters.
	 * @throws MentoringException without a current mentor, or with a request already open
	 */
	public void requestChange(long participantId, String reason) {
		String text = reason == null ? "" : reason.strip();
		if (text.length() < 10 || text.length() > 500) {
			throw new MentoringException("mentoring.reason.length");
		}
		Optional<Long> assignment = jdbc
			.sql("select id from mentor_assignment where participant_id = :participantId and ended_at is null")
			.param("participantId", participantId)
			.query(Long.class)
			.optional();
		if (assignment.isEmpty()) {
			throw new MentoringException("mentoring.me.change.noMentor");
		}
		try {
			jdbc.sql("""
					insert into mentor_change_request (participant_id, assignment_id, reason)
					values (:participantId, :assignmentId, :reason)
					""")
				.param("participantId", participantId)
				.param("assignmentId", assignment.get())
				.param("reason", text)
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new MentoringException("mentoring.me.change.open");
		}
	}

	/** Sets (or, with {@code null}, clears) the language they would like to be mentored in. */
	public void setLanguage(long participantId, MentorLanguage language) {
		if (language == null) {
			jdbc.sql("delete from mentee_preference where participant_id = :participantId")
				.param("participantId", participantId)
				.update();
			return;
		}
		jdbc.sql("""
				insert into mentee_preference (participant_id, language) values (:participantId, :language)
				on conflict (participant_id) do update set language = excluded.language, updated_at = now()
				""")
			.param("participantId", participantId)
			.param("language", language.name())
			.update();
	}

}
