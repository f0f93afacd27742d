package id.jakpreneur.portal.training.query;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.training.domain.EnrolmentStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The classes a participant can take: those of their sector in their kecamatan or online that have not finished,
 * plus every class they are in or hold a certificate of. Soonest first; two queries per page.
 */
@Service
@Transactional(readOnly = true)
public class MyClasses {

	private static final String MINE = """
			left join training_enrolment me on me.class_id = c.id and me.participant_id = ? and me.status <> 'CANCELLED'
			left join training_certificate cert on cert.class_id = c.id and cert.participant_id = ?
			where (me.id is not null or cert.id is not null
			       or (c.sector = ? and (c.online or c.district_code = ?) and (s.last_day is null or s.last_day >= ?)))
			""";

	private final ClassQueries queries;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	MyClasses(ClassQueries queries, JdbcTemplate jdbc, Clock clock) {
		this.clock = clock;
		this.queries = queries;
		this.jdbc = jdbc;
	}

	public Page<MyClass> of(ParticipantView participant, Pageable page) {
		Object[] args = { participant.id(), participant.id(), participant.business().sector().name(),
				participant.districtCode(), LocalDate.now(clock) };
		Long total = jdbc.queryForObject("select count(*)" + ClassQueries.FROM + MINE, Long.class, args);
		List<Object> pageArgs = new ArrayList<>(List.of(args));
		pageArgs.add(page.getPageSize());
		pageArgs.add(page.getOffset());
		List<MyClass> rows = jdbc.query(ClassQueries.COLUMNS + """
				, me.status,
				  case when me.status = 'WAITING' then (select count(*) from training_enrolment w
				       where w.class_id = c.id and w.status = 'WAITING' and (w.created_at, w.id) <= (me.created_at, me.id)) end,
				  cert.certificate_number
				""" + ClassQueries.FROM + MINE + " order by s.first_day nulls last, c.id limit ? offset ?",
				(rs, n) -> new MyClass(ClassQueries.summary(rs), List.of(),
						rs.getString(15) == null ? null : EnrolmentStatus.valueOf(rs.getString(15)),
						rs.getObject(16) == null ? null : rs.getInt(16), rs.getString(17)),
				pageArgs.toArray());
		Map<Long, List<SessionView>> sessions = queries.sessionsOf(rows.stream().map(r -> r.summary().id()).toList());
		List<MyClass> withSessions = rows.stream()
			.map(r -> new MyClass(r.summary(), sessions.get(r.summary().id()), r.myStatus(), r.waitingPosition(),
					r.certificateNumber()))
			.toList();
		return new PageImpl<>(withSessions, page, total == null ? 0 : total);
	}

}
