package id.jakpreneur.portal.assessment.domain;

import java.util.LinkedHashMap;
import java.util.Map;

import id.jakpreneur.portal.entrepreneur.PersonalDataHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The assessment module's data about a participant: her assessments (answers, phase, track, steps) and the steps
 * other modules reported done. Phases, tracks, step statuses, dates and figures are what the dashboards count and
 * stay; an erasure removes what names her: licence numbers in the answers, the evidence of each step (a licence
 * number, a partner's note; an evidence key keeps only its key) and an override's reason. Assessments are otherwise
 * never rewritten; the erasure's transaction is the one exception the table's trigger allows.
 */
@Component
class AssessmentPersonalData implements PersonalDataHolder {

	/** An evidence text without what identifies: a key keeps its key, anything else becomes the erased mark. */
	private static final String EVIDENCE = "case when %1$s ~ '^evidence\\.' then split_part(%1$s, '|', 1) else :erased end";

	private final JdbcClient jdbc;

	AssessmentPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "assessments";
	}

	@Override
	public Object export(long participantId) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("assessments", jdbc.sql("""
				select assessed_at::text as assessed_at, source, stage, sector, monthly_sales, capital, employees,
				       licences::text as licences, main_obstacle, phase, size_class, track, steps::text as steps
				from assessment where participant_id = :id order by assessed_at, id
				""").param("id", participantId).query().listOfRows());
		data.put("completedSteps", jdbc.sql("""
				select step, evidence, completed_at::text as completed_at from participant_step_completion
				where participant_id = :id order by completed_at, id
				""").param("id", participantId).query().listOfRows());
		return data;
	}

	@Override
	public int erase(long participantId) {
		int rows = jdbc.sql("""
				update assessment set
				  licences = (select coalesce(json_object_agg(key, ''), '{}'::json) from json_each_text(licences)),
				  steps = (select json_agg(case when json_array_length(e) > 1
				                           then json_build_array(e ->> 0, %s) else e end order by i)
				           from json_array_elements(steps) with ordinality x(e, i)),
				  override_reason = case when override_reason is null then null else :erased end
				where participant_id = :id
				""".formatted(EVIDENCE.formatted("(e ->> 1)"))).param("erased", ERASED_TEXT).param("id", participantId).update();
		rows += jdbc.sql("""
				update assessment_current set step_evidence = array(
				  select case when v is null then null else %s end
				  from unnest(step_evidence) with ordinality u(v, i) order by i)
				where participant_id = :id
				""".formatted(EVIDENCE.formatted("v"))).param("erased", ERASED_TEXT).param("id", participantId).update();
		rows += jdbc.sql("""
				update participant_step_completion set evidence = %s where participant_id = :id
				""".formatted(EVIDENCE.formatted("evidence"))).param("erased", ERASED_TEXT).param("id", participantId).update();
		return rows;
	}

}
