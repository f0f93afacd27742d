package id.jakpreneur.portal.training.domain;

import java.util.List;
import java.util.Set;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.shared.NotFoundException;
import id.jakpreneur.portal.training.query.AttendanceLine;
import id.jakpreneur.portal.training.query.AttendanceSheet;
import id.jakpreneur.portal.training.query.ClassQueries;
import id.jakpreneur.portal.training.query.ClassSummary;
import id.jakpreneur.portal.training.query.SessionView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance per session, taken by an officer of the class's area (often on a phone at the door). Saving a sheet
 * marks every seated participant present or absent, then issues the certificates that the marks have earned.
 */
@Service
@Transactional
public class AttendanceRegister {

	private final TrainingClasses classes;

	private final ClassQueries queries;

	private final TrainingCertificates certificates;

	private final JdbcTemplate jdbc;

	AttendanceRegister(TrainingClasses classes, ClassQueries queries, TrainingCertificates certificates,
			JdbcTemplate jdbc) {
		this.classes = classes;
		this.queries = queries;
		this.certificates = certificates;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public AttendanceSheet sheet(PortalUser officer, long classId, long sessionId) {
		ClassSummary summary = classes.load(officer, classId, false);
		SessionView session = session(classId, sessionId);
		List<AttendanceLine> lines = jdbc.query("""
				select e.participant_id, p.full_name, coalesce(a.present, false)
				from training_enrolment e join participant p on p.id = e.participant_id
				left join training_attendance a on a.session_id = ? and a.participant_id = e.participant_id
				where e.class_id = ? and e.status = 'ENROLLED'
				order by lower(p.full_name), p.id
				""", (rs, n) -> new AttendanceLine(rs.getLong(1), rs.getString(2), rs.getBoolean(3)), sessionId, classId);
		return new AttendanceSheet(summary, session, lines);
	}

	/**
	 * Marks the seated participants listed in {@code present} as present and every other seated participant as
	 * absent; ids of people not seated in the class are ignored. Returns how many certificates this issued.
	 */
	public int record(PortalUser officer, long classId, long sessionId, Set<Long> present) {
		ClassSummary summary = classes.load(officer, classId, true);
		session(classId, sessionId);
		List<Long> seated = jdbc.queryForList(
				"select participant_id from training_enrolment where class_id = ? and status = 'ENROLLED'", Long.class,
				classId);
		jdbc.batchUpdate("""
				insert into training_attendance (session_id, participant_id, present, recorded_by)
				values (?, ?, ?, ?)
				on conflict (session_id, participant_id) do update
				set present = excluded.present, recorded_by = excluded.recorded_by, recorded_at = now()
				""", seated.stream()
			.map(id -> new Object[] { sessionId, id, present.contains(id), officer.accountId() })
			.toList());
		return certificates.issueEarned(summary);
	}

	private SessionView session(long classId, long sessionId) {
		return queries.sessionsOf(List.of(classId))
			.get(classId)
			.stream()
			.filter(s -> s.id() == sessionId)
			.findFirst()
			.orElseThrow(NotFoundException::new);
	}

}
