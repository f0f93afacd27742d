package id.jakpreneur.portal.training.query;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.account.WorkInbox;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sessions of the officer's classes (administrators: all) held up to today with seated participants and no
 * attendance recorded yet: the count in one statement, the list one statement a slice, the oldest first.
 */
@Component
@Transactional(readOnly = true)
public class AttendanceDueQueries {

	private static final String FROM = """
			 from training_session s join training_class c on c.id = s.class_id
			where s.session_date <= :today
			  and exists (select 1 from training_enrolment e where e.class_id = c.id and e.status = 'ENROLLED')
			  and not exists (select 1 from training_attendance a where a.session_id = s.id)""";

	private final JdbcClient jdbc;

	private final Clock clock;

	AttendanceDueQueries(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Sessions of the officer's area held without attendance, up to {@link WorkInbox#COUNTED_UP_TO}. */
	public long count(PortalUser officer) {
		Map<String, Object> params = new HashMap<>();
		params.put("limit", WorkInbox.COUNTED_UP_TO);
		return jdbc.sql("select count(*) from (select 1" + FROM + area(officer, params) + " limit :limit) due")
			.params(params)
			.query(Long.class)
			.single();
	}

	public Slice<SessionDue> list(PortalUser officer, Pageable page) {
		Map<String, Object> params = new HashMap<>();
		String area = area(officer, params);
		params.put("limit", page.getPageSize() + 1);
		params.put("offset", page.getOffset());
		List<SessionDue> rows = jdbc.sql("""
				select s.id, s.class_id, c.title, s.session_date, s.start_time, s.place,
				       (select count(*) from training_enrolment e where e.class_id = c.id and e.status = 'ENROLLED')
				           as seated""" + FROM + area
				+ " order by s.session_date, s.start_time, s.id limit :limit offset :offset")
			.params(params)
			.query((rs, n) -> new SessionDue(rs.getLong("id"), rs.getLong("class_id"), rs.getString("title"),
					rs.getObject("session_date", LocalDate.class), rs.getObject("start_time", LocalTime.class),
					rs.getString("place"), rs.getInt("seated")))
			.list();
		boolean more = rows.size() > page.getPageSize();
		return new SliceImpl<>(more ? rows.subList(0, page.getPageSize()) : rows, page, more);
	}

	/** The same area rule as the officer's class list. */
	private String area(PortalUser officer, Map<String, Object> params) {
		params.put("today", LocalDate.now(clock));
		if (officer.role() == Role.ADMIN) {
			return "";
		}
		params.put("area", officer.areaCodes().toArray(String[]::new));
		return " and (c.city_code = any (:area) or c.district_code = any (:area))";
	}

}
