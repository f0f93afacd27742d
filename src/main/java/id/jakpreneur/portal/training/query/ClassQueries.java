package id.jakpreneur.portal.training.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.jakpreneur.portal.entrepreneur.Sector;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SQL behind class lists: a class with its trainer's name, its seat counts and its session dates is one row,
 * and the sessions of a whole page come in one more query, so a page costs the same whatever the data size.
 */
@Component
public class ClassQueries {

	/** Columns 1 to 14 of every class row, read by {@link #summary(ResultSet)}. */
	public static final String COLUMNS = """
			select c.id, c.title, c.sector, c.city_code, c.district_code, c.online, c.capacity, c.min_sessions,
			       coalesce(org.name, c.trainer_agency),
			       (select count(*) from training_enrolment e where e.class_id = c.id and e.status = 'ENROLLED'),
			       (select count(*) from training_enrolment e where e.class_id = c.id and e.status = 'WAITING'),
			       s.sessions, s.first_day, s.last_day""";

	public static final String FROM = """
			 from training_class c
			left join partner_organisation org on org.id = c.trainer_partner_id
			left join lateral (select count(*) as sessions, min(session_date) as first_day, max(session_date) as last_day
			                   from training_session where class_id = c.id) s on true
			""";

	private final JdbcTemplate jdbc;

	ClassQueries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public static ClassSummary summary(ResultSet rs) throws SQLException {
		return new ClassSummary(rs.getLong(1), rs.getString(2), Sector.valueOf(rs.getString(3)), rs.getString(4),
				rs.getString(5), rs.getBoolean(6), rs.getInt(7), rs.getInt(8), rs.getString(9), rs.getInt(10),
				rs.getInt(11), rs.getInt(12), rs.getObject(13, LocalDate.class), rs.getObject(14, LocalDate.class));
	}

	/** The sessions of these classes, by class, in date order, each with the number marked present. */
	public Map<Long, List<SessionView>> sessionsOf(Collection<Long> classIds) {
		Map<Long, List<SessionView>> byClass = new LinkedHashMap<>();
		classIds.forEach(id -> byClass.put(id, new ArrayList<>()));
		if (classIds.isEmpty()) {
			return byClass;
		}
		jdbc.query("""
				select s.id, s.class_id, s.session_date, s.start_time, s.end_time, s.place,
				       (select count(*) from training_attendance a where a.session_id = s.id and a.present)
				from training_session s where s.class_id = any (?) order by s.session_date, s.start_time, s.id
				""", rs -> {
			SessionView session = new SessionView(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
					rs.getObject(4, java.time.LocalTime.class), rs.getObject(5, java.time.LocalTime.class),
					rs.getString(6), rs.getInt(7));
			byClass.get(session.classId()).add(session);
		}, (Object) classIds.toArray(Long[]::new));
		return byClass;
	}

	/** The class, or null; locks its row until the transaction ends when {@code lock} is set. */
	public ClassSummary find(long classId, boolean lock) {
		if (lock) {
			List<Long> locked = jdbc.queryForList("select id from training_class where id = ? for update", Long.class,
					classId);
			if (locked.isEmpty()) {
				return null;
			}
		}
		List<ClassSummary> rows = jdbc.query(COLUMNS + FROM + " where c.id = ?", (rs, n) -> summary(rs), classId);
		return rows.isEmpty() ? null : rows.get(0);
	}

}
