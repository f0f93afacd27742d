package id.jakpreneur.portal.training.query;

import java.util.List;
import java.util.Optional;

import id.jakpreneur.portal.entrepreneur.ParticipantView;
import id.jakpreneur.portal.training.TrainingRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Certificates as they are read: a participant's own printable certificate, and what other modules show of them. */
@Component
@Transactional(readOnly = true)
public class CertificateQueries implements TrainingRecords {

	private final ClassQueries classes;

	private final JdbcClient jdbc;

	CertificateQueries(ClassQueries classes, JdbcClient jdbc) {
		this.classes = classes;
		this.jdbc = jdbc;
	}

	/** The participant's certificate of this class, if they earned one. */
	public Optional<CertificateView> of(ParticipantView participant, long classId) {
		ClassSummary summary = classes.find(classId);
		if (summary == null) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select certificate_number, sessions_attended, issued_at from training_certificate
				where class_id = :classId and participant_id = :participantId and withdrawn_at is null
				""")
			.param("classId", classId)
			.param("participantId", participant.id())
			.query((rs, n) -> new CertificateView(rs.getString("certificate_number"), participant.fullName(),
					participant.business().name(), summary, rs.getInt("sessions_attended"),
					rs.getTimestamp("issued_at").toInstant()))
			.optional();
	}

	@Override
	public List<String> certificatesOf(long participantId) {
		return jdbc.sql("""
				select c.certificate_number || ' — ' || k.title as line from training_certificate c
				join training_class k on k.id = c.class_id
				where c.participant_id = :participantId and c.withdrawn_at is null order by c.issued_at desc limit 10
				""").param("participantId", participantId).query(String.class).list();
	}

	@Override
	public String classTitle(long classId) {
		return jdbc.sql("select title from training_class where id = :classId")
			.param("classId", classId)
			.query(String.class)
			.optional()
			.orElse("");
	}

}
