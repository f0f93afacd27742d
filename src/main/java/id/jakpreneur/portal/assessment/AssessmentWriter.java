package id.jakpreneur.portal.assessment;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.postgresql.PGConnection;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Stores assessments, one or a few thousand at a time, with the same statements: the new rows (by {@code COPY}),
 * the participants' current state, the phase changes and the steps whose status or evidence changed (each one
 * statement over arrays, one element per row), so a batch costs a handful of round trips whatever its size.
 * Publishes {@link PhaseAssessed} for each, then {@link PhasesAssessed} for them all. The caller holds the
 * transaction and the participants' locks.
 */
@Component
class AssessmentWriter {

	/*
	 * The two "upserts" below update the rows that exist and insert the others in one statement, rather than
	 * INSERT ... ON CONFLICT DO UPDATE, which locks each existing row before updating it: one more write (and WAL
	 * record) per row, a million times in a bulk re-assessment. The participant's advisory lock, held by the caller,
	 * keeps a second writer from inserting the same row meanwhile.
	 */
	private static final String UPSERT_CURRENT = """
			with new (participant_id, assessment_id, phase, track, priority, policy_version, assessed_at,
			  waiting_since) as (
			  select * from unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[],
			    ?::text[]::timestamptz[], ?::text[]::timestamptz[])),
			updated as (
			  update assessment_current c set assessment_id = n.assessment_id, phase = n.phase, track = n.track,
			    priority = n.priority, policy_version = n.policy_version, assessed_at = n.assessed_at,
			    waiting_since = n.waiting_since
			  from new n where c.participant_id = n.participant_id
			  returning c.participant_id)
			insert into assessment_current (participant_id, assessment_id, phase, track, priority, policy_version,
			  assessed_at, waiting_since)
			select * from new n where n.participant_id not in (select participant_id from updated)
			""";

	private static final String INSERT_PHASE_CHANGES = """
			insert into phase_change (participant_id, assessment_id, from_phase, to_phase, direction, source, changed_on,
			  changed_at)
			select * from unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[],
			  ?::text[]::date[], ?::text[]::timestamptz[])
			""";

	private static final String UPSERT_STEPS = """
			with new (participant_id, step, status, evidence, since) as (
			  select * from unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[]::timestamptz[])),
			updated as (
			  update participant_step s set status = n.status, evidence = n.evidence,
			    since = case when s.status = n.status then s.since else n.since end
			  from new n where s.participant_id = n.participant_id and s.step = n.step
			  returning s.participant_id, s.step)
			insert into participant_step (participant_id, step, status, evidence, since)
			select * from new n where (n.participant_id, n.step) not in (select participant_id, step from updated)
			""";

	private static final boolean BIGINT = true;

	private static final boolean TEXT = false;

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
		String rows = AssessmentRows.of(ids, assessments);
		jdbc.execute((ConnectionCallback<Long>) con -> {
			try {
				return con.unwrap(PGConnection.class).getCopyAPI().copyIn(AssessmentRows.COPY, new StringReader(rows));
			}
			catch (IOException ex) {
				// the rows are read from memory; only the connection can fail, and it reports an SQLException
				throw new UncheckedIOException(ex);
			}
		});
		Columns current = new Columns(BIGINT, BIGINT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT);
		Columns changes = new Columns(BIGINT, BIGINT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT);
		Columns steps = new Columns(BIGINT, TEXT, TEXT, TEXT, TEXT);
		for (int i = 0; i < assessments.size(); i++) {
			NewAssessment a = assessments.get(i);
			long id = ids.get(i);
			current.add(a.participantId(), id, a.phase().name(), a.track().name(), a.priority().name(),
					a.policyVersion(), at(a.assessedAt()), at(a.waitingSince()));
			if (a.naikKelas() || a.regressed()) {
				changes.add(a.participantId(), id, a.previousPhase().name(), a.phase().name(),
						a.naikKelas() ? "UP" : "DOWN", a.source().name(), a.assessedOn().toString(), at(a.assessedAt()));
			}
			addChangedSteps(steps, a);
		}
		current.update(jdbc, UPSERT_CURRENT);
		changes.update(jdbc, INSERT_PHASE_CHANGES);
		steps.update(jdbc, UPSERT_STEPS);
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
	private static void addChangedSteps(Columns rows, NewAssessment a) {
		List<StepOutcome> before = a.previous() == null ? null : a.previous().steps();
		for (StepOutcome step : a.steps()) {
			StepOutcome old = before == null ? null : before.get(step.step().ordinal());
			if (old == null || old.status() != step.status() || !Objects.equals(old.evidence(), step.evidence())) {
				rows.add(a.participantId(), step.step().name(), step.status().name(), step.evidence(),
						at(a.assessedAt()));
			}
		}
	}

	/** An instant as PostgreSQL reads a timestamptz (already to the microsecond, see {@link NewAssessment}). */
	private static String at(Instant instant) {
		return instant == null ? null : instant.toString();
	}

	/**
	 * The rows of one statement gathered column by column and bound as one array per column, which the statement
	 * unnests: one round trip and one small plan for a whole bulk batch.
	 */
	private static final class Columns {

		private final boolean[] bigint;

		private final List<List<Object>> values = new ArrayList<>();

		private Columns(boolean... bigint) {
			this.bigint = bigint;
			for (int i = 0; i < bigint.length; i++) {
				values.add(new ArrayList<>());
			}
		}

		private void add(Object... row) {
			for (int i = 0; i < row.length; i++) {
				values.get(i).add(row[i]);
			}
		}

		private void update(JdbcTemplate jdbc, String sql) {
			if (values.get(0).isEmpty()) {
				return;
			}
			jdbc.update(con -> {
				PreparedStatement ps = con.prepareStatement(sql);
				for (int i = 0; i < bigint.length; i++) {
					List<Object> column = values.get(i);
					ps.setArray(i + 1, bigint[i] ? con.createArrayOf("bigint", column.toArray(Long[]::new))
							: con.createArrayOf("text", column.toArray(String[]::new)));
				}
				return ps;
			});
		}

	}

}
