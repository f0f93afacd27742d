package id.jakpreneur.portal.timeline.query;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.timeline.domain.TimelineKind;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each participant's timeline as it is read: every step change, newest first, with who and when. Phase changes are
 * read from the assessment module's own record of them. One indexed query per page (previous / next, no count),
 * with the actor's name joined in.
 */
@Component
@Transactional(readOnly = true)
public class TimelineQueries {

	/*
	 * Phase changes are the assessment module's assessments that moved the phase (its view phase_change; a bulk
	 * re-assessment finds hundreds of thousands), shown from there rather than copied into participant_timeline, with
	 * whoever assessed; an officer's override is the timeline's own OVERRIDE entry, with the officer and the reason.
	 */
	private static final String SELECT = """
			select t.id, t.kind, t.args, a.full_name, t.occurred_at
			from (select id, kind, args, actor_id, occurred_at from participant_timeline
			      where participant_id = :participantId
			      union all
			      select id, 'PHASE_CHANGED', array[from_phase, to_phase]::text[], actor_id, changed_at
			      from phase_change where participant_id = :participantId and source <> 'OVERRIDE') t
			left join account_directory a on a.id = t.actor_id
			order by t.occurred_at desc, t.id desc limit :limit offset :offset
			""";

	private final JdbcClient jdbc;

	private final ParticipantRecords participants;

	TimelineQueries(JdbcClient jdbc, ParticipantRecords participants) {
		this.jdbc = jdbc;
		this.participants = participants;
	}

	/** The newest few entries, for a home page. */
	public List<TimelineEntry> latest(long participantId, int count) {
		return entries(participantId, count, 0);
	}

	/** One page of the participant's timeline, newest first. */
	public Slice<TimelineEntry> page(long participantId, Pageable page) {
		List<TimelineEntry> rows = entries(participantId, page.getPageSize() + 1, page.getOffset());
		boolean more = rows.size() > page.getPageSize();
		return new SliceImpl<>(more ? rows.subList(0, page.getPageSize()) : rows, page, more);
	}

	/** One page of a participant's timeline for an officer of their area (or an administrator); else "not found". */
	public Slice<TimelineEntry> page(PortalUser viewer, long participantId, Pageable page) {
		participants.get(viewer, participantId);
		return page(participantId, page);
	}

	private List<TimelineEntry> entries(long participantId, int limit, long offset) {
		return jdbc.sql(SELECT)
			.param("participantId", participantId)
			.param("limit", limit)
			.param("offset", offset)
			.query(TimelineQueries::entry)
			.list();
	}

	private static TimelineEntry entry(ResultSet rs, int n) throws SQLException {
		Array args = rs.getArray("args");
		return new TimelineEntry(rs.getLong("id"), TimelineKind.valueOf(rs.getString("kind")),
				args == null ? List.of() : Arrays.asList((String[]) args.getArray()), rs.getString("full_name"),
				rs.getTimestamp("occurred_at").toInstant());
	}

}
