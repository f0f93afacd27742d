package id.jakpreneur.portal.training.query;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.training.domain.EnrolmentStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The classes a participant can take: those of their sector in their kecamatan or online that have not finished,
 * plus every class they are in or hold a certificate of. Soonest first; two queries per page.
 */
@Service
@Transactional(readOnly = true)
public class MyClassQueries {

	private static final String MINE = """
			left join training_enrolment me on me.class_id = c.id and me.participant_id = :participantId
			     and me.status <> 'CANCELLED'
			left join training_certificate cert on cert.class_id = c.id and cert.participant_id = :participantId
			where (me.id is not null or cert.id is not null
			       or (c.sector = :sector and (c.online or c.district_code = :districtCode)
			           and (s.last_day is null or s.last_day >= :today)))
			""";

	private final ClassQueries queries;

	private final JdbcClient jdbc;

	private final Clock clock;

	MyClassQueries(ClassQueries queries, JdbcClient jdbc, Clock clock) {
		this.queries = queries;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Page<MyClass> of(ParticipantView participant, Pageable page) {
		Map<String, Object> mine = new HashMap<>();
		mine.put("participantId", participant.id());
		mine.put("sector", participant.business().sector().name());
		mine.put("districtCode", participant.districtCode());
		mine.put("today", LocalDate.now(clock));
		long total = jdbc.sql("select count(*)" + ClassQueries.FROM + MINE).params(mine).query(Long.class).single();
		List<MyClass> rows = jdbc.sql(ClassQueries.COLUMNS + """
				, me.status as my_status,
				  case when me.status = 'WAITING' then (select count(*) from training_enrolment w
				       where w.class_id = c.id and w.status = 'WAITING' and (w.created_at, w.id) <= (me.created_at, me.id))
				  end as waiting_position,
				  cert.certificate_number, cert.withdrawn_reason
				""" + ClassQueries.FROM + MINE + " order by s.first_day nulls last, c.id limit :limit offset :offset")
			.params(mine)
			.param("limit", page.getPageSize())
			.param("offset", page.getOffset())
			.query((rs, n) -> new MyClass(ClassQueries.summary(rs), List.of(),
					rs.getString("my_status") == null ? null : EnrolmentStatus.valueOf(rs.getString("my_status")),
					rs.getObject("waiting_position") == null ? null : rs.getInt("waiting_position"),
					rs.getString("certificate_number"), rs.getString("withdrawn_reason")))
			.list();
		Map<Long, List<SessionView>> sessions = queries.sessionsOf(rows.stream().map(r -> r.summary().id()).toList());
		List<MyClass> withSessions = rows.stream()
			.map(r -> new MyClass(r.summary(), sessions.get(r.summary().id()), r.myStatus(), r.waitingPosition(),
					r.certificateNumber(), r.withdrawnReason()))
			.toList();
		return new PageImpl<>(withSessions, page, total);
	}

}
