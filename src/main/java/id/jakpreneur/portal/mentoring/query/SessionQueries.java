package id.jakpreneur.portal.mentoring.query;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.jakpreneur.portal.mentoring.domain.SessionMode;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a participant's sessions with their actions: two statements per page (the sessions, then the actions of
 * those sessions). Callers decide who may read: the participant themself or their current mentor.
 */
@Component
public class SessionQueries {

	private final JdbcClient jdbc;

	SessionQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Slice<SessionView> sessions(long participantId, Pageable page) {
		record Row(long id, java.time.LocalDate heldOn, SessionMode mode, int minutes, String topics, String notes,
				java.time.LocalDate next, YearMonth salesMonth, Long sales, String mentor) {
		}
		List<Row> rows = jdbc.sql("""
				select s.id, s.held_on, s.mode, s.duration_minutes, s.topics, s.notes, s.next_meeting_on, s.sales_month,
				       s.verified_sales, m.full_name as mentor_name
				from mentoring_session s join mentor m on m.id = s.mentor_id
				where s.participant_id = :participantId order by s.held_on desc, s.id desc limit :limit offset :offset
				""")
			.param("participantId", participantId)
			.param("limit", page.getPageSize() + 1)
			.param("offset", page.getOffset())
			.query((rs, n) -> {
				LocalDate salesMonth = Rows.date(rs, "sales_month");
				return new Row(rs.getLong("id"), Rows.date(rs, "held_on"), SessionMode.valueOf(rs.getString("mode")),
						rs.getInt("duration_minutes"), rs.getString("topics"), rs.getString("notes"),
						Rows.date(rs, "next_meeting_on"), salesMonth == null ? null : YearMonth.from(salesMonth),
						Rows.longOrNull(rs, "verified_sales"), rs.getString("mentor_name"));
			})
			.list();
		boolean more = rows.size() > page.getPageSize();
		List<Row> shown = more ? rows.subList(0, page.getPageSize()) : rows;
		Map<Long, List<ActionView>> actions = new HashMap<>();
		if (!shown.isEmpty()) {
			jdbc.sql("""
					select id, session_id, description, due_on, done_at from mentoring_action
					where session_id = any (:sessionIds) order by id
					""")
				.param("sessionIds", shown.stream().map(Row::id).toArray(Long[]::new))
				.query(rs -> {
					ActionView action = action(rs);
					actions.computeIfAbsent(action.sessionId(), k -> new ArrayList<>()).add(action);
				});
		}
		List<SessionView> sessions = shown.stream()
			.map(r -> new SessionView(r.id(), r.heldOn(), r.mode(), r.minutes(), r.topics(), r.notes(), r.next(),
					r.salesMonth(), r.sales(), r.mentor(), actions.getOrDefault(r.id(), List.of())))
			.toList();
		return new SliceImpl<>(sessions, page, more);
	}

	/** The participant's open actions, earliest due first (at most 50). */
	public List<ActionView> openActions(long participantId) {
		return jdbc.sql("""
				select id, session_id, description, due_on, done_at from mentoring_action
				where participant_id = :participantId and done_at is null order by due_on, id limit 50
				""")
			.param("participantId", participantId)
			.query((rs, n) -> action(rs))
			.list();
	}

	private static ActionView action(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new ActionView(rs.getLong("id"), rs.getLong("session_id"), rs.getString("description"),
				Rows.date(rs, "due_on"), Rows.instant(rs, "done_at"));
	}

}
