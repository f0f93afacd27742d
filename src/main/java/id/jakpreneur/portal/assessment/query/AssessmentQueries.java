package id.jakpreneur.portal.assessment.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.jakpreneur.portal.assessment.Phase;
import id.jakpreneur.portal.assessment.PlannedStep;
import id.jakpreneur.portal.assessment.StepCode;
import id.jakpreneur.portal.assessment.StepDefinition;
import id.jakpreneur.portal.assessment.StepStatus;
import id.jakpreneur.portal.assessment.domain.AssessmentSource;
import id.jakpreneur.portal.assessment.domain.AssessmentStore;
import id.jakpreneur.portal.assessment.domain.AssessorRole;
import id.jakpreneur.portal.assessment.domain.StoredAssessment;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads about participants' assessments for pages and for {@code Assessments}: current phases, the history with who
 * made each assessment, phase changes, and where a participant stands on each step. One or two statements each,
 * whatever the data size.
 */
@Component
public class AssessmentQueries {

	private final JdbcClient jdbc;

	AssessmentQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Phase> currentPhase(long participantId) {
		return jdbc.sql("select phase from assessment_current where participant_id = :participant")
			.param("participant", participantId)
			.query(String.class)
			.optional()
			.map(Phase::valueOf);
	}

	/** The current phase of each participant that has one, in one query. */
	public Map<Long, Phase> currentPhases(Collection<Long> participantIds) {
		Map<Long, Phase> phases = new HashMap<>();
		if (participantIds.isEmpty()) {
			return phases;
		}
		jdbc.sql("select participant_id, phase from assessment_current where participant_id = any (:participants)")
			.param("participants", participantIds.toArray(Long[]::new))
			.query(rs -> {
				phases.put(rs.getLong("participant_id"), Phase.valueOf(rs.getString("phase")));
			});
		return phases;
	}

	/** The participant's assessments, newest first, with who made them: one count and one select. */
	public Page<AssessmentHistoryEntry> history(long participantId, Pageable page) {
		long total = jdbc.sql("select count(*) from assessment where participant_id = :participant")
			.param("participant", participantId)
			.query(Long.class)
			.single();
		List<AssessmentHistoryEntry> entries = jdbc.sql("select " + AssessmentStore.COLUMNS + """
				, a.source, a.assessor_role, who.full_name as assessor_name, a.previous_phase, a.naik_kelas, a.regressed,
				  officer.full_name as overridden_by_name
				from assessment a
				left join account_directory who on who.id = a.assessed_by
				left join account_directory officer on officer.id = a.overridden_by
				where a.participant_id = :participant order by a.id desc limit :limit offset :offset
				""")
			.param("participant", participantId)
			.param("limit", page.getPageSize())
			.param("offset", page.getOffset())
			.query(AssessmentQueries::historyEntry)
			.list();
		return new PageImpl<>(entries, page, total);
	}

	private static AssessmentHistoryEntry historyEntry(ResultSet rs, int n) throws SQLException {
		StoredAssessment stored = AssessmentStore.map(rs, null);
		String previous = rs.getString("previous_phase");
		return new AssessmentHistoryEntry(stored.summary(), AssessmentSource.valueOf(rs.getString("source")),
				AssessorRole.valueOf(rs.getString("assessor_role")), rs.getString("assessor_name"),
				previous == null ? null : Phase.valueOf(previous), rs.getBoolean("naik_kelas"), rs.getBoolean("regressed"),
				rs.getString("overridden_by_name"), stored.overrideReason());
	}

	/** The participant's latest 100 phase changes, newest first. */
	public List<PhaseChange> phaseChanges(long participantId) {
		return jdbc.sql("""
				select participant_id, assessment_id, from_phase, to_phase, direction, source, changed_on, changed_at
				from phase_change where participant_id = :participant order by changed_at desc, id desc limit 100
				""")
			.param("participant", participantId)
			.query((rs, n) -> new PhaseChange(rs.getLong("participant_id"), rs.getLong("assessment_id"),
					Phase.valueOf(rs.getString("from_phase")), Phase.valueOf(rs.getString("to_phase")),
					PhaseChange.Direction.valueOf(rs.getString("direction")),
					AssessmentSource.valueOf(rs.getString("source")), rs.getDate("changed_on").toLocalDate(),
					AssessmentStore.instant(rs, "changed_at")))
			.list();
	}

	/**
	 * The steps in the given (agency's) order, each with where the participant stands (NEEDED for every step before
	 * the first assessment).
	 */
	public List<PlannedStep> plan(long participantId, List<StepDefinition> definitions) {
		Map<StepCode, PlannedStep> current = new EnumMap<>(StepCode.class);
		Map<StepCode, StepDefinition> byStep = new EnumMap<>(StepCode.class);
		for (StepDefinition definition : definitions) {
			byStep.put(definition.step(), definition);
		}
		jdbc.sql("select step, status, evidence, since from participant_step where participant_id = :participant")
			.param("participant", participantId)
			.query(rs -> {
				StepCode step = StepCode.valueOf(rs.getString("step"));
				current.put(step, new PlannedStep(byStep.get(step), StepStatus.valueOf(rs.getString("status")),
						rs.getString("evidence"), AssessmentStore.instant(rs, "since")));
			});
		List<PlannedStep> plan = new ArrayList<>(StepCode.values().length);
		for (StepDefinition definition : definitions) {
			plan.add(current.getOrDefault(definition.step(), new PlannedStep(definition, StepStatus.NEEDED, null, null)));
		}
		return plan;
	}

}
