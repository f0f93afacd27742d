package id.jakpreneur.portal.timeline.domain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.timeline.query.TimelineEntry;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each participant's timeline: every step change, newest first, with who and when. Entries are written by {@link
 * TimelineRecorder} in the transaction of the change and never changed; phase changes are read from the assessment
 * module's own record of them. Reading is one indexed query per page
 * (previous / next, no count), with the actor's name joined in.
 */
@Service
@Transactional(readOnly = true)
public class ParticipantTimeline {

	/*
	 * Phase changes are the assessment module's assessments that moved the phase (its view phase_change; a bulk
	 * re-assessment finds hundreds of thousands), shown from there rather than copied into participant_timeline.
	 */
	private static final String SELECT = """
			select t.id, t.kind, t.args, a.full_name, t.occurred_at
			from (select id, kind, args, actor_id, occurred_at from participant_timeline where participant_id = ?
			      union all
			      select id, 'PHASE_CHANGED', array[from_phase, to_phase]::text[], null, changed_at
			      from phase_change where participant_id = ?) t
			left join account a on a.id = t.actor_id
			order by t.occurred_at desc, t.id desc limit ? offset ?
			""";

	private final JdbcTemplate jdbc;

	private final ParticipantRecords participants;

	ParticipantTimeline(JdbcTemplate jdbc, ParticipantRecords participants) {
		this.jdbc = jdbc;
		this.participants = participants;
	}

	@Transactional
	void add(long participantId, TimelineKind kind, Long actorId, Instant when, String... args) {
		addAll(List.of(new NewEntry(participantId, kind, actorId, when, args)));
	}

	/** Writes the entries in one batched statement (a bulk re-assessment's first phases). */
	@Transactional
	void addAll(List<NewEntry> entries) {
		if (entries.isEmpty()) {
			return;
		}
		jdbc.batchUpdate("insert into participant_timeline (participant_id, kind, args, actor_id, occurred_at) "
				+ "values (?, ?, ?, ?, ?)", entries.stream().map(NewEntry::row).toList());
	}

	/** An entry to write: its arguments are trimmed to 500 characters each, a missing one becomes "". */
	record NewEntry(long participantId, TimelineKind kind, Long actorId, Instant when, String... args) {

		private Object[] row() {
			String[] clean = Arrays.stream(args).map(a -> a == null ? "" : a.length() > 500 ? a.substring(0, 500) : a)
				.toArray(String[]::new);
			return new Object[] { participantId, kind.name(), clean, actorId, Timestamp.from(when) };
		}

	}

	/** The newest few entries, for a home page. */
	public List<TimelineEntry> latest(long participantId, int count) {
		return jdbc.query(SELECT, ParticipantTimeline::entry, participantId, participantId, count, 0);
	}

	/** One page of the participant's timeline, newest first. */
	public Slice<TimelineEntry> page(long participantId, Pageable page) {
		List<TimelineEntry> rows = jdbc.query(SELECT, ParticipantTimeline::entry, participantId, participantId,
				page.getPageSize() + 1, page.getOffset());
		boolean more = rows.size() > page.getPageSize();
		return new SliceImpl<>(more ? rows.subList(0, page.getPageSize()) : rows, page, more);
	}

	/** One page of a participant's timeline for an officer of their area (or an administrator); else "not found". */
	public Slice<TimelineEntry> page(PortalUser viewer, long participantId, Pageable page) {
		participants.get(viewer, participantId);
		return page(participantId, page);
	}

	private static TimelineEntry entry(ResultSet rs, int n) throws SQLException {
		Array args = rs.getArray(3);
		return new TimelineEntry(rs.getLong(1), TimelineKind.valueOf(rs.getString(2)),
				args == null ? List.of() : Arrays.asList((String[]) args.getArray()), rs.getString(4),
				rs.getTimestamp(5).toInstant());
	}

}
