package id.jakpreneur.portal.training.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.training.TrainingCertified;
import id.jakpreneur.portal.training.TrainingRecords;
import id.jakpreneur.portal.training.query.CertificateView;
import id.jakpreneur.portal.training.query.ClassQueries;
import id.jakpreneur.portal.training.query.ClassSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Class certificates: issued when a seated participant's attendance reaches the class's rule ({@link
 * CertificateRule}), at most once per participant and class (a unique constraint decides), each issue published as
 * {@link TrainingCertified}.
 */
@Service
@Transactional
public class TrainingCertificates implements TrainingRecords {

	private final ClassQueries queries;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TrainingCertificates(ClassQueries queries, JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
		this.clock = clock;
		this.queries = queries;
		this.jdbc = jdbc;
		this.events = events;
	}

	/** Issues every certificate this class's attendance has earned and not yet received; returns how many. */
	int issueEarned(ClassSummary summary) {
		record Attended(long participantId, int sessions) {
		}
		List<Attended> seated = jdbc.query("""
				select e.participant_id, count(a.session_id) filter (where a.present)
				from training_enrolment e
				left join training_attendance a on a.participant_id = e.participant_id
				     and a.session_id in (select id from training_session where class_id = e.class_id)
				where e.class_id = ? and e.status = 'ENROLLED'
				  and not exists (select 1 from training_certificate c
				                  where c.class_id = e.class_id and c.participant_id = e.participant_id)
				group by e.participant_id
				""", (rs, n) -> new Attended(rs.getLong(1), rs.getInt(2)), summary.id());
		int issued = 0;
		int year = LocalDate.now(clock).getYear();
		for (Attended a : seated) {
			if (!CertificateRule.earned(a.sessions(), summary.minSessions())) {
				continue;
			}
			String number = CertificateRule.number(year, summary.id(), a.participantId());
			List<Instant> inserted = jdbc.query("""
					insert into training_certificate (class_id, participant_id, certificate_number, sessions_attended)
					values (?, ?, ?, ?) on conflict do nothing returning issued_at
					""", (rs, n) -> rs.getTimestamp(1).toInstant(), summary.id(), a.participantId(), number, a.sessions());
			if (!inserted.isEmpty()) {
				events.publishEvent(new TrainingCertified(a.participantId(), summary.id(), number, inserted.get(0)));
				issued++;
			}
		}
		return issued;
	}

	/** The participant's certificate of this class, if they earned one. */
	@Transactional(readOnly = true)
	public Optional<CertificateView> of(ParticipantView participant, long classId) {
		ClassSummary summary = queries.find(classId, false);
		if (summary == null) {
			return Optional.empty();
		}
		return jdbc.query("""
				select certificate_number, sessions_attended, issued_at from training_certificate
				where class_id = ? and participant_id = ?
				""", (rs, n) -> new CertificateView(rs.getString(1), participant.fullName(),
				participant.business().name(), summary, rs.getInt(2), rs.getTimestamp(3).toInstant()), classId,
				participant.id()).stream().findFirst();
	}

	@Override
	@Transactional(readOnly = true)
	public List<String> certificatesOf(long participantId) {
		return jdbc.query("""
				select c.certificate_number || ' — ' || k.title from training_certificate c
				join training_class k on k.id = c.class_id
				where c.participant_id = ? order by c.issued_at desc limit 10
				""", (rs, n) -> rs.getString(1), participantId);
	}

	@Override
	@Transactional(readOnly = true)
	public String classTitle(long classId) {
		return jdbc.queryForList("select title from training_class where id = ?", String.class, classId).stream()
			.findFirst()
			.orElse("");
	}

}
