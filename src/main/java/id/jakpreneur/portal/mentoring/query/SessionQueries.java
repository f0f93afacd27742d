package id.jakpreneur.portal.mentoring.query;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import id.jakpreneur.portal.mentoring.domain.SessionMode;

/**
 * Reads a participant's sessions with their actions: two statements per page (the sessions, then the actions of
 * those sessions). Callers decide who may read: the participant themself or their current mentor.
 */
@Component
public class SessionQueries {

	private final JdbcTemplate jdbc;

	SessionQueries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public Slice<SessionView> sessions(long participantId, Pageable page) {
		record Row(long id, java.time.LocalDate heldOn, SessionMode mode, int minutes, String topics, String notes,
				java.time.LocalDate next, YearMonth salesMonth, Long sales, String mentor) {
		}
		List<Row> rows = jdbc.query("""
				select s.id, s.held_on, s.mode, s.duration_minutes, s.topics, s.notes, s.next_meeting_on, s.sales_month,
				       s.verified_sales, m.full_name
				from mentoring_session s join mentor m on m.id = s.mentor_id
				where s.participant_id = ? order by s.held_on desc, s.id desc limit ? offset ?
				""", (rs, n) -> new Row(rs.getLong(1), rs.getDate(2).toLocalDate(), SessionMode.valueOf(rs.getString(3)),
				rs.getInt(4), rs.getString(5), rs.getString(6), date(rs.getDate(7)),
				rs.getDate(8) == null ? null : YearMonth.from(rs.getDate(8).toLocalDate()),
				rs.getObject(9) == null ? null : rs.getLong(9), rs.getString(10)), participantId, page.getPageSize() + 1,
				page.getOffset());
		boolean more = rows.size() > page.getPageSize();
		List<Row> shown = more ? rows.subList(0, page.getPageSize()) : rows;
		Map<Long, List<ActionView>> actions = new HashMap<>();
		if (!shown.isEmpty()) {
			jdbc.query("""
					select id, session_id, description, due_on, done_at from mentoring_action
					where session_id = any (?) order by id
					""", rs -> {
						ActionView action = action(rs);
						actions.computeIfAbsent(action.sessionId(), k -> new ArrayList<>()).add(action);
					}, (Object) shown.stream().map(Row::id).toArray(Long[]::new));
		}
		List<SessionView> sessions = shown.stream()
			.map(r -> new SessionView(r.id(), r.heldOn(), r.mode(), r.minutes(), r.topics(), r.notes(), r.next(),
					r.salesMonth(), r.sales(), r.mentor(), actions.getOrDefault(r.id(), List.of())))
			.toList();
		return new SliceImpl<>(sessions, page, more);
	}

	/** The participant's open actions, earliest due first (at most 50). */
	public List<ActionView> openActions(long participantId) {
		return jdbc.query("""
				select id, session_id, description, due_on, done_at from mentoring_action
				where participant_id = ? and done_at is null order by due_on, id limit 50
				""", (rs, n) -> action(rs), participantId);
	}

	private static ActionView action(java.sql.ResultSet rs) throws java.sql.SQLException {
		Timestamp done = rs.getTimestamp(5);
		return new ActionView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getDate(4).toLocalDate(),
				done == null ? null : done.toInstant());
	}

	private static java.time.LocalDate date(Date date) {
		return date == null ? null : date.toLocalDate();
	}

}
