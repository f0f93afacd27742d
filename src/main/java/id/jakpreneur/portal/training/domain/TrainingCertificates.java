package id.jakpreneur.portal.training.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.assessment.StepCode;
import id.jakpreneur.portal.assessment.StepWithdrawn;
import id.jakpreneur.portal.shared.Jakarta;
import id.jakpreneur.portal.shared.NotFoundException;
import id.jakpreneur.portal.training.CertificateWithdrawn;
import id.jakpreneur.portal.training.TrainingCertified;
import id.jakpreneur.portal.training.query.ClassQueries;
import id.jakpreneur.portal.training.query.ClassSummary;
import id.jakpreneur.portal.training.query.SessionView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Class certificates: issued when a seated participant's attendance reaches the class's rule ({@link
 * CertificateRule}), only once the class's last session has ended and dated then ({@link ClassCalendar}; a trigger
 * refuses an earlier date), at most once per participant and class (a unique constraint decides), each issue
 * published as {@link TrainingCertified}. An officer may withdraw a certificate issued by mistake, with a reason the
 * participant reads; P2 then stops counting, and the certificate is issued again once her attendance in the class is
 * corrected and meets the rule.
 */
@Service
@Transactional
public class TrainingCertificates {

	private final ClassQueries queries;

	private final TrainingClasses classes;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TrainingCertificates(ClassQueries queries, TrainingClasses classes, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.queries = queries;
		this.classes = classes;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Issues every certificate this class's attendance has earned and not yet received (or received and lost, with
	 * attendance corrected since), once the class has ended; returns how many.
	 */
	int issueEarned(ClassSummary summary) {
		List<SessionView> sessions = queries.sessionsOf(List.of(summary.id())).get(summary.id());
		Optional<Instant> ended = ClassCalendar.end(sessions).filter(end -> !end.isAfter(clock.instant()));
		if (ended.isEmpty()) {
			return 0;
		}
		record Attended(long participantId, int sessions, boolean withdrawn) {
		}
		List<Attended> seated = jdbc.sql("""
				select e.participant_id, count(a.session_id) filter (where a.present) as sessions,
				       c.id is not null as withdrawn
				from training_enrolment e
				left join training_attendance a on a.participant_id = e.participant_id
				     and a.session_id in (select id from training_session where class_id = e.class_id)
				left join training_certificate c on c.class_id = e.class_id and c.participant_id = e.participant_id
				where e.class_id = :classId and e.status = 'ENROLLED'
				  and (c.id is null or (c.withdrawn_at is not null and exists (
				       select 1 from training_attendance x join training_session s on s.id = x.session_id
				       where s.class_id = e.class_id and x.participant_id = e.participant_id
				         and x.recorded_at > c.withdrawn_at)))
				group by e.participant_id, c.id
				""")
			.param("classId", summary.id())
			.query((rs, n) -> new Attended(rs.getLong("participant_id"), rs.getInt("sessions"),
					rs.getBoolean("withdrawn")))
			.list();
		int year = ended.get().atZone(Jakarta.ZONE).getYear();
		int issued = 0;
		for (Attended a : seated) {
			if (CertificateRule.earned(a.sessions(), summary.minSessions())
					&& issue(summary.id(), a.participantId(), a.sessions(), a.withdrawn(), year, ended.get())) {
				issued++;
			}
		}
		return issued;
	}

	private boolean issue(long classId, long participantId, int sessions, boolean again, int year, Instant ended) {
		String sql = again ? """
				update training_certificate
				set withdrawn_at = null, withdrawn_by = null, withdrawn_reason = null, sessions_attended = :sessions
				where class_id = :classId and participant_id = :participantId and withdrawn_at is not null
				returning certificate_number
				""" : """
				insert into training_certificate (class_id, participant_id, certificate_number, sessions_attended,
				    issued_at)
				values (:classId, :participantId, :number, :sessions, :issuedAt) on conflict do nothing
				returning certificate_number
				""";
		Optional<String> number = jdbc.sql(sql)
			.param("classId", classId)
			.param("participantId", participantId)
			.param("number", CertificateRule.number(year, classId, participantId))
			.param("sessions", sessions)
			.param("issuedAt", Timestamp.from(ended))
			.query(String.class)
			.optional();
		number.ifPresent(n -> events.publishEvent(new TrainingCertified(participantId, classId, n, ended)));
		return number.isPresent();
	}

	/**
	 * Withdraws a participant's certificate of a class of the officer's area, with the reason she will read; P2 stops
	 * counting (a {@link StepWithdrawn}) and the withdrawal is published for her timeline.
	 * @throws TrainingRefusedException when there is no reason or the certificate is already withdrawn
	 */
	public void withdraw(PortalUser officer, long classId, long participantId, String reason) {
		classes.load(officer, classId, true);
		String text = reason == null ? "" : reason.strip();
		if (text.isEmpty() || text.length() > 500) {
			throw new TrainingRefusedException("programme.certificate.withdraw.reason");
		}
		Instant now = clock.instant();
		String number = jdbc.sql("""
				select certificate_number from training_certificate
				where class_id = :classId and participant_id = :participantId
				""")
			.param("classId", classId)
			.param("participantId", participantId)
			.query(String.class)
			.optional()
			.orElseThrow(NotFoundException::new);
		int changed = jdbc.sql("""
				update training_certificate set withdrawn_at = :now, withdrawn_by = :by, withdrawn_reason = :reason
				where class_id = :classId and participant_id = :participantId and withdrawn_at is null
				""")
			.param("now", Timestamp.from(now))
			.param("by", officer.accountId())
			.param("reason", text)
			.param("classId", classId)
			.param("participantId", participantId)
			.update();
		if (changed == 0) {
			throw new TrainingRefusedException("programme.certificate.withdraw.already");
		}
		events.publishEvent(new StepWithdrawn(participantId, StepCode.P2, officer.accountId(), now));
		events.publishEvent(new CertificateWithdrawn(participantId, classId, number, text, officer.accountId(), now));
	}

}
