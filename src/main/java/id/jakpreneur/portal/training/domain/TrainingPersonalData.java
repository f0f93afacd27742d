package id.jakpreneur.portal.training.domain;

import java.util.LinkedHashMap;
import java.util.Map;

import id.jakpreneur.portal.entrepreneur.PersonalDataHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The training module's data about a participant: enrolments, attendance and certificates. Facts without identity
 * (a certificate number is made of the year, the class and the participant's id), which P2 and the dashboards count:
 * an erasure keeps them and replaces only an officer's reason for withdrawing a certificate, which is about her; she
 * downloads them with her data.
 */
@Component
class TrainingPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	TrainingPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "training";
	}

	@Override
	public Object export(long participantId) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("enrolments", jdbc.sql("""
				select class_id, status, created_at::text as created_at, seated_at::text as seated_at,
				       cancelled_at::text as cancelled_at
				from training_enrolment where participant_id = :id order by created_at, id
				""").param("id", participantId).query().listOfRows());
		data.put("attendance", jdbc.sql("""
				select session_id, present, recorded_at::text as recorded_at from training_attendance
				where participant_id = :id order by recorded_at
				""").param("id", participantId).query().listOfRows());
		data.put("certificates", jdbc.sql("""
				select class_id, certificate_number, sessions_attended, issued_at::text as issued_at,
				       withdrawn_at::text as withdrawn_at, withdrawn_reason
				from training_certificate where participant_id = :id order by issued_at, id
				""").param("id", participantId).query().listOfRows());
		return data;
	}

	@Override
	public int erase(long participantId) {
		return jdbc.sql("""
				update training_certificate set withdrawn_reason = :erased
				where participant_id = :id and withdrawn_reason is not null
				""").param("erased", ERASED_TEXT).param("id", participantId).update();
	}

}
