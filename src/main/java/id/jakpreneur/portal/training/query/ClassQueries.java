package id.jakpreneur.portal.training.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.training.domain.EnrolmentStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SQL behind class lists: a class with its trainer's name, its seat counts and its session dates is one row,
 * and the sessions of a whole page come in one more query, so a page costs the same whatever the data size.
 */
@Component
@Transactional(readOnly = true)
public class ClassQueries {

	/** The columns of every class row, read by {@link #summary(ResultSet)}. */
	public static final String COLUMNS = """
			select c.id, c.title, c.sector, c.city_code, c.district_code, c.online, c.capacity, c.min_sessions,
			       coalesce(org.name, c.trainer_agency) as trainer,
			       (select count(*) from training_enrolment e where e.class_id = c.id and e.status = 'ENROLLED') as enrolled,
			       (select count(*) from training_enrolment e where e.class_id = c.id and e.status = 'WAITING') as waiting,
			       s.sessions, s.first_day, s.last_day""";

	public static final String FROM = """
			 from training_class c
			left join partner_name org on org.id = c.trainer_partner_id
			left join lateral (select count(*) as sessions, min(session_date) as first_day, max(session_date) as last_day
			                   from training_session where class_id = c.id) s on true
			""";

	private static final String ENROLMENTS = """
			select e.id, e.participant_id, p.full_name, e.status, e.created_at,
			       (select count(*) from training_attendance a join training_session s on s.id = a.session_id
			        where s.class_id = e.class_id and a.participant_id = e.participant_id and a.present) as attended,
			       cert.certificate_number, cert.withdrawn_reason
			from training_enrolment e join participant_directory p on p.id = e.participant_id
			left join training_certificate cert on cert.class_id = e.class_id and cert.participant_id = e.participant_id
			where e.class_id = :classId and e.status = :status
			""";

	/** Lists on a class page are bounded: a class seats at most 1000, and the waiting list shows its head. */
	private static final int LIST_LIMIT = 1000;

	private final JdbcClient jdbc;

	ClassQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public static ClassSummary summary(ResultSet rs) throws SQLException {
		return new ClassSummary(rs.getLong("id"), rs.getString("title"), Sector.valueOf(rs.getString("sector")),
				rs.getString("city_code"), rs.getString("district_code"), rs.getBoolean("online"), rs.getInt("capacity"),
				rs.getInt("min_sessions"), rs.getString("trainer"), rs.getInt("enrolled"), rs.getInt("waiting"),
				rs.getInt("sessions"), rs.getObject("first_day", LocalDate.class),
				rs.getObject("last_day", LocalDate.class));
	}

	/** The sessions of these classes, by class, in date order, each with the number marked present. */
	public Map<Long, List<SessionView>> sessionsOf(Collection<Long> classIds) {
		Map<Long, List<SessionView>> byClass = new LinkedHashMap<>();
		classIds.forEach(id -> byClass.put(id, new ArrayList<>()));
		if (classIds.isEmpty()) {
			return byClass;
		}
		jdbc.sql("""
				select s.id, s.class_id, s.session_date, s.start_time, s.end_time, s.place,
				       (select count(*) from training_attendance a where a.session_id = s.id and a.present) as present
				from training_session s where s.class_id = any (:classIds) order by s.session_date, s.start_time, s.id
				""").param("classIds", classIds.toArray(Long[]::new)).query(rs -> {
			SessionView session = new SessionView(rs.getLong("id"), rs.getLong("class_id"),
					rs.getObject("session_date", LocalDate.class), rs.getObject("start_time", LocalTime.class),
					rs.getObject("end_time", LocalTime.class), rs.getString("place"), rs.getInt("present"));
			byClass.get(session.classId()).add(session);
		});
		return byClass;
	}

	/** The earliest date of the class's certificates, when it has issued any. */
	public Optional<Instant> certifiedUntil(long classId) {
		return jdbc.sql("""
				select issued_at from training_certificate where class_id = :classId order by issued_at limit 1
				""")
			.param("classId", classId)
			.query((rs, n) -> rs.getTimestamp("issued_at").toInstant())
			.optional();
	}

	/** The class, or null. */
	public ClassSummary find(long classId) {
		return jdbc.sql(COLUMNS + FROM + " where c.id = :classId")
			.param("classId", classId)
			.query((rs, n) -> summary(rs))
			.optional()
			.orElse(null);
	}

	/** The classes of the officer's area (all for an administrator), the newest first. */
	public Page<ClassSummary> forOfficer(PortalUser officer, Pageable page) {
		String where = officer.role() == Role.ADMIN ? " where true"
				: " where (c.city_code = any (:area) or c.district_code = any (:area))";
		String[] area = officer.areaCodes().toArray(String[]::new);
		long total = jdbc.sql("select count(*) from training_class c" + where)
			.param("area", area)
			.query(Long.class)
			.single();
		List<ClassSummary> rows = jdbc
			.sql(COLUMNS + FROM + where + " order by s.first_day desc nulls first, c.id desc limit :limit offset :offset")
			.param("area", area)
			.param("limit", page.getPageSize())
			.param("offset", page.getOffset())
			.query((rs, n) -> summary(rs))
			.list();
		return new PageImpl<>(rows, page, total);
	}

	/** Who sits in the class, or waits for a seat, in the given order (a fixed SQL order clause). */
	public List<EnrolmentView> enrolments(long classId, EnrolmentStatus status, String order) {
		return jdbc.sql(ENROLMENTS + " order by " + order + " limit " + LIST_LIMIT)
			.param("classId", classId)
			.param("status", status.name())
			.query((rs, n) -> new EnrolmentView(rs.getLong("id"), rs.getLong("participant_id"),
					rs.getString("full_name"), EnrolmentStatus.valueOf(rs.getString("status")),
					rs.getTimestamp("created_at").toInstant(), rs.getInt("attended"),
					rs.getString("certificate_number"), rs.getString("withdrawn_reason")))
			.list();
	}

	/** Every seated participant of the class with their mark for the session (absent when none). */
	public List<AttendanceLine> attendanceOf(long classId, long sessionId) {
		return jdbc.sql("""
				select e.participant_id, p.full_name, coalesce(a.present, false) as present
				from training_enrolment e join participant_directory p on p.id = e.participant_id
				left join training_attendance a on a.session_id = :sessionId and a.participant_id = e.participant_id
				where e.class_id = :classId and e.status = 'ENROLLED'
				order by lower(p.full_name), p.id
				""")
			.param("sessionId", sessionId)
			.param("classId", classId)
			.query((rs, n) -> new AttendanceLine(rs.getLong("participant_id"), rs.getString("full_name"),
					rs.getBoolean("present")))
			.list();
	}

}
