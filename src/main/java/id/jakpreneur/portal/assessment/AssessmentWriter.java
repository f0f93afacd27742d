package id.jakpreneur.portal.assessment;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Stores assessments, one or a few thousand at a time, with the same statements: the new rows, the participants'
 * current state, the phase changes and the steps whose status or evidence changed. Statements go in JDBC batches
 * (rewritten into multi-row inserts by the driver), so a batch costs a handful of round trips whatever its size.
 * Publishes {@link PhaseAssessed} for each, then {@link PhasesAssessed} for them all. The caller holds the transaction and the participants' locks.
 */
@Component
class AssessmentWriter {

	private static final String INSERT_ASSESSMENT = """
			insert into assessment (id, participant_id, assessed_at, assessed_on, assessed_by, assessor_role, source,
			  stage, running_since, sector, sells_regularly, monthly_sales, capital, employees, licences, has_packaging,
			  has_label, knows_shelf_life, channels, keeps_books, separates_money, had_credit, has_digital_presence,
			  main_obstacle, completed_steps, policy_version, phase, size_class, track, priority, previous_phase,
			  naik_kelas, regressed, steps, reasons, overridden, overridden_by, override_reason)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::json, ?, ?, ?, ?::text[], ?, ?, ?, ?, ?, ?::text[], ?, ?, ?,
			  ?, ?, ?, ?, ?, ?::json, ?::json, ?, ?, ?)
			""";

	private static final String UPSERT_CURRENT = """
			insert into assessment_current (participant_id, assessment_id, phase, track, priority, policy_version,
			  assessed_at, waiting_since)
			values (?, ?, ?, ?, ?, ?, ?, ?)
			on conflict (participant_id) do update set assessment_id = excluded.assessment_id, phase = excluded.phase,
			  track = excluded.track, priority = excluded.priority, policy_version = excluded.policy_version,
			  assessed_at = excluded.assessed_at, waiting_since = excluded.waiting_since
			""";

	private static final String INSERT_PHASE_CHANGE = """
			insert into phase_change (participant_id, assessment_id, from_phase, to_phase, direction, source, changed_on,
			  changed_at)
			values (?, ?, ?, ?, ?, ?, ?, ?)
			""";

	private static final String UPSERT_STEP = """
			insert into participant_step (participant_id, step, status, evidence, since) values (?, ?, ?, ?, ?)
			on conflict (participant_id, step) do update set status = excluded.status, evidence = excluded.evidence,
			  since = case when participant_step.status = excluded.status then participant_step.since
			    else excluded.since end
			""";

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	AssessmentWriter(JdbcTemplate jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** Stores the assessments and returns their ids, in the same order. */
	List<Long> write(List<NewAssessment> assessments) {
		if (assessments.isEmpty()) {
			return List.of();
		}
		List<Long> ids = jdbc.queryForList("select nextval('assessment_id_seq') from generate_series(1, ?)", Long.class,
				assessments.size());
		jdbc.batchUpdate(INSERT_ASSESSMENT, new BatchPreparedStatementSetter() {

			@Override
			public void setValues(PreparedStatement ps, int i) throws SQLException {
				insertAssessment(ps, ids.get(i), assessments.get(i));
			}

			@Override
			public int getBatchSize() {
				return assessments.size();
			}

		});
		List<Object[]> current = new ArrayList<>(assessments.size());
		List<Object[]> changes = new ArrayList<>();
		List<Object[]> steps = new ArrayList<>();
		for (int i = 0; i < assessments.size(); i++) {
			NewAssessment a = assessments.get(i);
			long id = ids.get(i);
			current.add(new Object[] { a.participantId(), id, a.phase().name(), a.track().name(), a.priority().name(),
					a.policyVersion(), at(a.assessedAt()), at(a.waitingSince()) });
			if (a.naikKelas() || a.regressed()) {
				changes.add(new Object[] { a.participantId(), id, a.previousPhase().name(), a.phase().name(),
						a.naikKelas() ? "UP" : "DOWN", a.source().name(), a.assessedOn(), at(a.assessedAt()) });
			}
			addChangedSteps(steps, a);
		}
		jdbc.batchUpdate(UPSERT_CURRENT, current, new int[] { Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR,
				Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE });
		if (!changes.isEmpty()) {
			jdbc.batchUpdate(INSERT_PHASE_CHANGE, changes);
		}
		if (!steps.isEmpty()) {
			jdbc.batchUpdate(UPSERT_STEP, steps, new int[] { Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
					Types.TIMESTAMP_WITH_TIMEZONE });
		}
		List<PhaseAssessed> assessed = new ArrayList<>(assessments.size());
		for (int i = 0; i < assessments.size(); i++) {
			NewAssessment a = assessments.get(i);
			PhaseAssessed event = new PhaseAssessed(a.participantId(), ids.get(i), a.phase(), a.previousPhase(),
					a.track(), a.naikKelas(), a.regressed(), a.assessedAt());
			events.publishEvent(event);
			assessed.add(event);
		}
		events.publishEvent(new PhasesAssessed(assessed));
		return ids;
	}

	/** Only the steps whose status or evidence differ from the previous assessment; all 7 for a first one. */
	private static void addChangedSteps(List<Object[]> rows, NewAssessment a) {
		List<StepOutcome> before = a.previous() == null ? null : a.previous().steps();
		for (StepOutcome step : a.steps()) {
			StepOutcome old = before == null ? null : before.get(step.step().ordinal());
			if (old == null || old.status() != step.status() || !Objects.equals(old.evidence(), step.evidence())) {
				rows.add(new Object[] { a.participantId(), step.step().name(), step.status().name(), step.evidence(),
						at(a.assessedAt()) });
			}
		}
	}

	private static void insertAssessment(PreparedStatement ps, long id, NewAssessment a) throws SQLException {
		AssessmentInput in = a.input();
		int i = 0;
		ps.setLong(++i, id);
		ps.setLong(++i, a.participantId());
		ps.setObject(++i, at(a.assessedAt()));
		ps.setObject(++i, a.assessedOn());
		ps.setObject(++i, a.assessorId(), Types.BIGINT);
		ps.setString(++i, a.assessorRole().name());
		ps.setString(++i, a.source().name());
		ps.setString(++i, in.stage().name());
		ps.setObject(++i, in.runningSince(), Types.DATE);
		ps.setString(++i, in.sector().name());
		ps.setBoolean(++i, in.sellsRegularly());
		ps.setLong(++i, in.monthlySales());
		ps.setLong(++i, in.capital());
		ps.setInt(++i, in.employees());
		ps.setString(++i, StoredJson.licences(in.licences()));
		ps.setBoolean(++i, in.hasPackaging());
		ps.setBoolean(++i, in.hasLabel());
		ps.setBoolean(++i, in.knowsShelfLife());
		ps.setString(++i, StoredJson.names(sorted(in.channels())));
		ps.setBoolean(++i, in.keepsBooks());
		ps.setBoolean(++i, in.separatesMoney());
		ps.setBoolean(++i, in.hadCredit());
		ps.setBoolean(++i, in.hasDigitalPresence());
		ps.setString(++i, in.mainObstacle().name());
		ps.setString(++i, StoredJson.names(sorted(in.completedSteps())));
		ps.setString(++i, a.policyVersion());
		ps.setString(++i, a.phase().name());
		ps.setString(++i, a.sizeClass().name());
		ps.setString(++i, a.track().name());
		ps.setString(++i, a.priority().name());
		ps.setString(++i, a.previousPhase() == null ? null : a.previousPhase().name());
		ps.setBoolean(++i, a.naikKelas());
		ps.setBoolean(++i, a.regressed());
		ps.setString(++i, StoredJson.steps(a.steps()));
		ps.setString(++i, StoredJson.reasons(a.reasons()));
		ps.setBoolean(++i, a.overridden());
		ps.setObject(++i, a.overriddenBy(), Types.BIGINT);
		ps.setString(++i, a.overrideReason());
	}

	private static <E extends Enum<E>> List<E> sorted(java.util.Set<E> values) {
		List<E> list = new ArrayList<>(values);
		list.sort(null);
		return list;
	}

	private static OffsetDateTime at(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

}
