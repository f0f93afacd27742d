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
import id.jakpreneur.portal.shared.PlannedOnce;
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

	/** Sessions held up to {@code today} (a bound name or a literal) with seated participants and no attendance. */
	private static String from(String today) {
		return """
				 from training_session s join training_class c on c.id = s.class_id
				where s.session_date <= %s
				  and exists (select 1 from training_enrolment e where e.class_id = c.id and e.status = 'ENROLLED')
				  and not exists (select 1 from training_attendance a where a.session_id = s.id)""".formatted(today);
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	AttendanceDueQueries(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Sessions of the officer's area held without attendance, up to {@link WorkInbox#COUNTED_UP_TO}: on every visit of
	 * the officer's home, so planned once per connection ({@link PlannedOnce}).
	 */
	public long count(PortalUser officer) {
		String area = officer.role() == Role.ADMIN ? "" : inArea(PlannedOnce.regionCodes(officer.areaCodes()));
		return jdbc.sql("select count(*) from (select 1" + from(PlannedOnce.date(LocalDate.now(clock))) + area
				+ " limit " + WorkInbox.COUNTED_UP_TO + ") due")
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
				           as seated""" + from(":today") + area
				+ " order by s.session_date, s.start_time, s.id limit :limit offset :offset")
			.params(params)
			.query((rs, n) -> new SessionDue(rs.getLong("id"), rs.getLong("class_id"), rs.getString("title"),
					rs.getObject("session_date", LocalDate.class), rs.getObject("start_time", LocalTime.class),
					rs.getString("place"), rs.getInt("seated")))
			.list();
		boolean more = rows.size() > page.getPageSize();
		return new SliceImpl<>(more ? rows.subList(0, page.getPageSize()) : rows, page, more);
	}

	private String area(PortalUser officer, Map<String, Object> params) {
		params.put("today", LocalDate.now(clock));
		if (officer.role() == Role.ADMIN) {
			return "";
		}
		params.put("area", officer.areaCodes().toArray(String[]::new));
		return inArea(":area");
	}

	/** The same area rule as the officer's class list: classes of these region codes (a bound name or a literal). */
	private static String inArea(String codes) {
		return " and (c.city_code = any (%1$s) or c.district_code = any (%1$s))".formatted(codes);
	}

}
