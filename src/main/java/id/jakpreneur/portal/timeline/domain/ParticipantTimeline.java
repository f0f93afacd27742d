package id.jakpreneur.portal.timeline.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes each participant's timeline: entries are written by {@link TimelineRecorder} in the transaction of the
 * change and never changed.
 */
@Component
@Transactional
class ParticipantTimeline {

	private final NamedParameterJdbcTemplate jdbc;

	ParticipantTimeline(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void add(long participantId, TimelineKind kind, Long actorId, Instant when, String... args) {
		addAll(List.of(new NewEntry(participantId, kind, actorId, when, args)));
	}

	/** Writes the entries in one batched statement (a bulk re-assessment's first phases). */
	void addAll(List<NewEntry> entries) {
		if (entries.isEmpty()) {
			return;
		}
		jdbc.batchUpdate("""
				insert into participant_timeline (participant_id, kind, args, actor_id, occurred_at)
				values (:participantId, :kind, :args, :actorId, :occurredAt)
				""", entries.stream().map(NewEntry::row).toArray(SqlParameterSource[]::new));
	}

	/** An entry to write: its arguments are trimmed to 500 characters each, a missing one becomes "". */
	record NewEntry(long participantId, TimelineKind kind, Long actorId, Instant when, String... args) {

		private SqlParameterSource row() {
			String[] clean = Arrays.stream(args).map(a -> a == null ? "" : a.length() > 500 ? a.substring(0, 500) : a)
				.toArray(String[]::new);
			return new MapSqlParameterSource("participantId", participantId).addValue("kind", kind.name())
				.addValue("args", clean)
				.addValue("actorId", actorId)
				.addValue("occurredAt", Timestamp.from(when));
		}

	}

}
