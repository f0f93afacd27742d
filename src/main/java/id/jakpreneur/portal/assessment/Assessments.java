package id.jakpreneur.portal.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.region.RegionDirectory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules and pages may know about assessments: a participant's latest result and phase, their history
 * and phase changes, their steps in their agency's order, and the mentor-assignment queue. Each method is one or
 * two SQL statements whatever the data size. Except for the queue, which is limited to the caller's area, these
 * methods do not check who is asking: callers first open the participant through
 * {@code entrepreneur.ParticipantRecords}, which does.
 */
@Service
@Transactional(readOnly = true)
public class Assessments {

	private final JdbcTemplate jdbc;

	private final AssessmentStore store;

	private final AssessmentReference reference;

	private final RegionDirectory regions;

	Assessments(JdbcTemplate jdbc, AssessmentStore store, AssessmentReference reference, RegionDirectory regions) {
		this.jdbc = jdbc;
		this.store = store;
		this.reference = reference;
		this.regions = regions;
	}

	public Optional<AssessmentSummary> latest(long participantId) {
		return store.latest(participantId).map(StoredAssessment::summary);
	}

	/** The answers of the latest assessment, to start the next questionnaire from. */
	public Optional<Answers> latestAnswers(long participantId) {
		return store.latest(participantId).map(StoredAssessment::answers);
	}

	/**
	 * What a new questionnaire starts from: the latest assessment's answers, or what the profile alone says for a
	 * participant never assessed (empty only for an unknown participant).
	 */
	public Optional<Answers> startingAnswers(long participantId) {
		return latestAnswers(participantId).or(() -> store.profileAnswers(participantId));
	}

	public Optional<Phase> currentPhase(long participantId) {
		return jdbc.queryForList("select phase from assessment_current where participant_id = ?", String.class,
				participantId).stream().findFirst().map(Phase::valueOf);
	}

	/** The current phase of each participant that has one, in one query. */
	public Map<Long, Phase> currentPhases(Collection<Long> participantIds) {
		Map<Long, Phase> phases = new HashMap<>();
		if (participantIds.isEmpty()) {
			return phases;
		}
		jdbc.query("select participant_id, phase from assessment_current where participant_id = any (?)",
				rs -> {
					phases.put(rs.getLong(1), Phase.valueOf(rs.getString(2)));
				}, (Object) participantIds.toArray(Long[]::new));
		return phases;
	}

	/** The participant's assessments, newest first, with who made them: one count and one select. */
	public Page<AssessmentHistoryEntry> history(long participantId, Pageable page) {
		long total = jdbc.queryForObject("select count(*) from assessment where participant_id = ?", Long.class,
				participantId);
		List<AssessmentHistoryEntry> entries = jdbc.query("select " + AssessmentStore.COLUMNS + """
				, a.source, a.assessor_role, who.full_name, a.previous_phase, a.naik_kelas, a.regressed, officer.full_name
				from assessment a
				left join account who on who.id = a.assessed_by
				left join account officer on officer.id = a.overridden_by
				where a.participant_id = ? order by a.id desc limit ? offset ?
				""", Assessments::historyEntry, participantId, page.getPageSize(), page.getOffset());
		return new PageImpl<>(entries, page, total);
	}

	private static AssessmentHistoryEntry historyEntry(ResultSet rs, int n) throws SQLException {
		StoredAssessment stored = AssessmentStore.map(rs, null);
		int i = AssessmentStore.COLUMN_COUNT;
		String previous = rs.getString(i + 4);
		return new AssessmentHistoryEntry(stored.summary(), AssessmentSource.valueOf(rs.getString(i + 1)),
				AssessorRole.valueOf(rs.getString(i + 2)), rs.getString(i + 3),
				previous == null ? null : Phase.valueOf(previous), rs.getBoolean(i + 5), rs.getBoolean(i + 6),
				rs.getString(i + 7), stored.overrideReason());
	}

	/** The participant's latest 100 phase changes, newest first. */
	public List<PhaseChange> phaseChanges(long participantId) {
		return jdbc.query("""
				select participant_id, assessment_id, from_phase, to_phase, direction, source, changed_on, changed_at
				from phase_change where participant_id = ? order by changed_at desc, id desc limit 100
				""", (rs, n) -> new PhaseChange(rs.getLong(1), rs.getLong(2), Phase.valueOf(rs.getString(3)),
				Phase.valueOf(rs.getString(4)), PhaseChange.Direction.valueOf(rs.getString(5)),
				AssessmentSource.valueOf(rs.getString(6)), rs.getDate(7).toLocalDate(), AssessmentStore.instant(rs, 8)),
				participantId);
	}

	/**
	 * The 7 steps in the order the participant's agency runs them, each with where the participant stands (NEEDED
	 * for every step before the first assessment).
	 */
	public List<PlannedStep> plan(long participantId, String agencyCode) {
		Map<StepCode, PlannedStep> current = new EnumMap<>(StepCode.class);
		Map<StepCode, StepDefinition> definitions = new EnumMap<>(StepCode.class);
		for (StepDefinition definition : reference.stepsOf(agencyCode)) {
			definitions.put(definition.step(), definition);
		}
		jdbc.query("select step, status, evidence, since from participant_step where participant_id = ?", rs -> {
			StepCode step = StepCode.valueOf(rs.getString(1));
			current.put(step, new PlannedStep(definitions.get(step), StepStatus.valueOf(rs.getString(2)),
					rs.getString(3), AssessmentStore.instant(rs, 4)));
		}, participantId);
		List<PlannedStep> plan = new ArrayList<>(StepCode.values().length);
		for (StepDefinition definition : reference.stepsOf(agencyCode)) {
			plan.add(current.getOrDefault(definition.step(), new PlannedStep(definition, StepStatus.NEEDED, null, null)));
		}
		return plan;
	}

}
