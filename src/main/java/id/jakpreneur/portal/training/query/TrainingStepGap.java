package id.jakpreneur.portal.training.query;

import java.util.Optional;

import id.jakpreneur.portal.assessment.StepCode;
import id.jakpreneur.portal.assessment.StepGap;
import id.jakpreneur.portal.assessment.StepGapSource;
import id.jakpreneur.portal.entrepreneur.ParticipantView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * P2 Pelatihan's gap, by the certificate rule ({@code domain.CertificateRule}): of the classes the participant holds a
 * seat in without a certificate yet, the one with the most sessions attended, against its minimum; without such a
 * class, that a seat in one is missing. One statement.
 */
@Component
class TrainingStepGap implements StepGapSource {

	private final JdbcClient jdbc;

	TrainingStepGap(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public StepCode step() {
		return StepCode.P2;
	}

	@Override
	public Optional<StepGap> gap(ParticipantView participant) {
		StepGap gap = jdbc.sql("""
				select c.title, c.min_sessions,
				       (select count(*) from training_attendance t join training_session s on s.id = t.session_id
				        where s.class_id = c.id and t.participant_id = e.participant_id and t.present) as attended
				from training_enrolment e join training_class c on c.id = e.class_id
				where e.participant_id = :participantId and e.status = 'ENROLLED'
				  and not exists (select 1 from training_certificate x
				                  where x.class_id = c.id and x.participant_id = e.participant_id)
				order by attended desc, c.id limit 1
				""")
			.param("participantId", participant.id())
			.query((rs, n) -> new StepGap(StepCode.P2, "assessment.gap.P2",
					Math.min(rs.getInt("attended"), rs.getInt("min_sessions")), rs.getInt("min_sessions"), null,
					rs.getString("title")))
			.optional()
			.orElseGet(() -> new StepGap(StepCode.P2, "assessment.gap.P2.noClass", 0, 0, null, ""));
		return Optional.of(gap);
	}

}
