package id.jakpreneur.portal.training.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.shared.NotFoundException;
import id.jakpreneur.portal.training.query.AttendanceSheet;
import id.jakpreneur.portal.training.query.ClassQueries;
import id.jakpreneur.portal.training.query.ClassSummary;
import id.jakpreneur.portal.training.query.SessionView;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
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

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	private final Clock clock;

	AttendanceRegister(TrainingClasses classes, ClassQueries queries, TrainingCertificates certificates,
			JdbcClient jdbc, NamedParameterJdbcTemplate batch, Clock clock) {
		this.classes = classes;
		this.queries = queries;
		this.certificates = certificates;
		this.jdbc = jdbc;
		this.batch = batch;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public AttendanceSheet sheet(PortalUser officer, long classId, long sessionId) {
		ClassSummary summary = classes.load(officer, classId, false);
		SessionView session = session(classId, sessionId);
		return new AttendanceSheet(summary, session, queries.attendanceOf(classId, sessionId),
				ClassCalendar.started(session, clock.instant()));
	}

	/**
	 * Marks the seated participants listed in {@code present} as present and every other seated participant as
	 * absent; ids of people not seated in the class are ignored. A mark that does not change keeps who wrote it and
	 * when. Returns how many certificates this issued (none before the class's last session has ended).
	 * @throws TrainingRefusedException when the session has not started yet (the database refuses it too)
	 */
	public int record(PortalUser officer, long classId, long sessionId, Set<Long> present) {
		ClassSummary summary = classes.load(officer, classId, true);
		Instant now = clock.instant();
		if (!ClassCalendar.started(session(classId, sessionId), now)) {
			throw new TrainingRefusedException("programme.attendance.notStarted");
		}
		List<Long> seated = jdbc
			.sql("select participant_id from training_enrolment where class_id = :classId and status = 'ENROLLED'")
			.param("classId", classId)
			.query(Long.class)
			.list();
		batch.batchUpdate("""
				insert into training_attendance (session_id, participant_id, present, recorded_by, recorded_at)
				values (:sessionId, :participantId, :present, :recordedBy, :recordedAt)
				on conflict (session_id, participant_id) do update
				set present = excluded.present, recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at
				where training_attendance.present <> excluded.present
				""", seated.stream()
			.map(id -> new MapSqlParameterSource("sessionId", sessionId).addValue("participantId", id)
				.addValue("present", present.contains(id))
				.addValue("recordedBy", officer.accountId())
				.addValue("recordedAt", Timestamp.from(now)))
			.toArray(SqlParameterSource[]::new));
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
