package id.jakpreneur.portal.mentoring.domain;

import java.util.LinkedHashMap;
import java.util.Map;

import id.jakpreneur.portal.entrepreneur.PersonalDataHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The mentoring module's personal data about a participant: what mentors wrote about her sessions (topics, notes),
 * the actions agreed, her preferred language, notes on her assignments and her requests for another mentor. An erasure
 * blanks the texts and keeps the sessions' dates, modes, durations and verified sales (P3 and the dashboards).
 */
@Component
class MentoringPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	MentoringPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "mentoring";
	}

	@Override
	public Object export(long participantId) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("sessions", jdbc.sql("""
				select held_on::text as held_on, mode, duration_minutes, topics, notes, verified_sales
				from mentoring_session where participant_id = :id order by held_on, id
				""").param("id", participantId).query().listOfRows());
		data.put("actions", jdbc.sql("""
				select description, due_on::text as due_on, done_at::text as done_at
				from mentoring_action where participant_id = :id order by due_on, id
				""").param("id", participantId).query().listOfRows());
		data.put("preferredLanguage", jdbc.sql("select language from mentee_preference where participant_id = :id")
			.param("id", participantId)
			.query(String.class)
			.optional()
			.orElse(null));
		data.put("changeRequests", jdbc.sql("""
				select reason, requested_at::text as requested_at, resolution, resolution_note
				from mentor_change_request where participant_id = :id order by requested_at, id
				""").param("id", participantId).query().listOfRows());
		return data;
	}

	@Override
	public int erase(long participantId) {
		int rows = jdbc.sql("""
				update mentoring_session set topics = :erased, notes = null where participant_id = :id
				""").param("erased", ERASED_TEXT).param("id", participantId).update();
		rows += jdbc.sql("update mentoring_action set description = :erased where participant_id = :id")
			.param("erased", ERASED_TEXT)
			.param("id", participantId)
			.update();
		rows += jdbc.sql("delete from mentee_preference where participant_id = :id").param("id", participantId).update();
		rows += jdbc.sql("""
				update mentor_assignment set assign_note = null, end_note = null
				where participant_id = :id and (assign_note is not null or end_note is not null)
				""").param("id", participantId).update();
		rows += jdbc.sql("""
				update mentor_change_request set reason = :erased,
				  resolution_note = case when resolution_note is null then null else :erased end
				where participant_id = :id
				""").param("erased", ERASED_TEXT).param("id", participantId).update();
		return rows;
	}

}
