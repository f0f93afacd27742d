package id.jakpreneur.portal.training.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import id.jakpreneur.portal.training.TrainingCertified;
import id.jakpreneur.portal.training.query.ClassSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Class certificates: issued when a seated participant's attendance reaches the class's rule ({@link
 * CertificateRule}), at most once per participant and class (a unique constraint decides), each issue published as
 * {@link TrainingCertified}.
 */
@Service
@Transactional
public class TrainingCertificates {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TrainingCertificates(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** Issues every certificate this class's attendance has earned and not yet received; returns how many. */
	int issueEarned(ClassSummary summary) {
		record Attended(long participantId, int sessions) {
		}
		List<Attended> seated = jdbc.sql("""
				select e.participant_id, count(a.session_id) filter (where a.present) as sessions
				from training_enrolment e
				left join training_attendance a on a.participant_id = e.participant_id
				     and a.session_id in (select id from training_session where class_id = e.class_id)
				where e.class_id = :classId and e.status = 'ENROLLED'
				  and not exists (select 1 from training_certificate c
				                  where c.class_id = e.class_id and c.participant_id = e.participant_id)
				group by e.participant_id
				""")
			.param("classId", summary.id())
			.query((rs, n) -> new Attended(rs.getLong("participant_id"), rs.getInt("sessions")))
			.list();
		int issued = 0;
		int year = LocalDate.now(clock).getYear();
		for (Attended a : seated) {
			if (!CertificateRule.earned(a.sessions(), summary.minSessions())) {
				continue;
			}
			String number = CertificateRule.number(year, summary.id(), a.participantId());
			Optional<Instant> inserted = jdbc.sql("""
					insert into training_certificate (class_id, participant_id, certificate_number, sessions_attended)
					values (:classId, :participantId, :number, :sessions) on conflict do nothing returning issued_at
					""")
				.param("classId", summary.id())
				.param("participantId", a.participantId())
				.param("number", number)
				.param("sessions", a.sessions())
				.query((rs, n) -> rs.getTimestamp("issued_at").toInstant())
				.optional();
			if (inserted.isPresent()) {
				events.publishEvent(new TrainingCertified(a.participantId(), summary.id(), number, inserted.get()));
				issued++;
			}
		}
		return issued;
	}

}
