package id.jakpreneur.portal.assessment.domain;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import id.jakpreneur.portal.assessment.PhaseAssessed;
import id.jakpreneur.portal.assessment.PhasesAssessed;
import id.jakpreneur.portal.assessment.StepCode;
import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;
import org.springframework.stereotype.Component;

/**
 * Stores assessments, one or a few thousand at a time, with the same statements: the new rows (by {@code COPY}),
 * then the participants' current state with their 7 steps (one statement over arrays, one element per row), so a
 * batch costs a handful of round trips whatever its size. A phase change needs no write of its own: it is an
 * assessment row whose phase differs from the previous one (the {@code phase_change} view).
 * Publishes {@link PhaseAssessed} for each, then {@link PhasesAssessed} for them all. The caller holds the
 * transaction and the participants' locks.
 */
@Component
public class AssessmentWriter {

	/*
	 * The "upsert" below updates the rows that exist and inserts the others in one statement, rather than
	 * INSERT ... ON CONFLICT DO UPDATE, which locks each existing row before updating it: one more write (and WAL
	 * record) per row, a million times in a bulk re-assessment. The participant's advisory lock, held by the caller,
	 * keeps a second writer from inserting the same row meanwhile.
	 */
	private static final String UPSERT_CURRENT = """
			with new (participant_id, assessment_id, phase, track, priority, policy_version, assessed_at,
			  waiting_since, step_status, step_evidence) as (
			  select u.participant_id, u.assessment_id, u.phase, u.track, u.priority, u.policy_version, u.assessed_at,
			    u.waiting_since, u.step_status::varchar(10)[], u.step_evidence::text[]
			  from unnest(:participant_ids::bigint[], :assessment_ids::bigint[], :phases::text[], :tracks::text[],
			    :priorities::text[], :policy_versions::text[], :assessed_at::text[]::timestamptz[],
			    :waiting_since::text[]::timestamptz[], :step_status::text[], :step_evidence::text[])
			    as u(participant_id, assessment_id, phase, track, priority, policy_version, assessed_at, waiting_since,
			      step_status, step_evidence)),
			updated as (
			  update assessment_current c set assessment_id = n.assessment_id, phase = n.phase, track = n.track,
			    priority = n.priority, policy_version = n.policy_version, assessed_at = n.assessed_at,
			    waiting_since = n.waiting_since, step_status = n.step_status, step_evidence = n.step_evidence,
			    -- a step keeps the time it got its status while the status stays
			    step_since = %s
			  from new n where c.participant_id = n.participant_id
			  returning c.participant_id)
			insert into assessment_current (participant_id, assessment_id, phase, track, priority, policy_version,
			  assessed_at, waiting_since, step_status, step_evidence, step_since)
			select n.participant_id, n.assessment_id, n.phase, n.track, n.priority, n.policy_version, n.assessed_at,
			  n.waiting_since, n.step_status, n.step_evidence, array_fill(n.assessed_at, array[7])
			from new n where n.participant_id not in (select participant_id from updated)
			""".formatted(stepSince());

	/**
	 * The 7 steps' since-when written out element by element, {@code array[case when c.step_status[1] =
	 * n.step_status[1] then c.step_since[1] else n.assessed_at end, ...]}: a plain expression per row, where a
	 * subquery unnesting and re-ordering the arrays cost a quarter of the statement.
	 */
	private static String stepSince() {
		StringBuilder since = new StringBuilder("array[");
		for (int step = 1; step <= StepCode.values().length; step++) {
			since.append(step == 1 ? "" : ", ")
				.append("case when c.step_status[%1$d] = n.step_status[%1$d] then c.step_since[%1$d] else n.assessed_at end"
					.formatted(step));
		}
		return since.append(']').toString();
	}

	private static final SQLExceptionTranslator COPY_ERRORS = new SQLStateSQLExceptionTranslator();

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final ApplicationEventPublisher events;

	AssessmentWriter(JdbcClient jdbc, DataSource dataSource, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.events = events;
	}

	/** Stores the assessments and returns their ids, in the same order. */
	public List<Long> write(List<NewAssessment> assessments) {
		if (assessments.isEmpty()) {
			return List.of();
		}
		List<Long> ids = jdbc.sql("select nextval('assessment_id_seq') from generate_series(1, :count)")
			.param("count", assessments.size())
			.query(Long.class)
			.list();
		String rows = AssessmentRows.of(ids, assessments);
		copyIn(rows);
		updateCurrent(ids, assessments);
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

	/**
	 * COPY through the PostgreSQL driver on the transaction's own connection (JdbcClient has no COPY); a refusal
	 * is translated like any statement's, so a foreign-key violation is still a DataIntegrityViolationException.
	 */
	private void copyIn(String rows) {
		Connection con = DataSourceUtils.getConnection(dataSource);
		try {
			con.unwrap(PGConnection.class).getCopyAPI().copyIn(AssessmentRows.COPY, new StringReader(rows));
		}
		catch (SQLException ex) {
			throw COPY_ERRORS.translate("COPY assessment", AssessmentRows.COPY, ex);
		}
		catch (IOException ex) {
			// the rows are read from memory; only the connection can fail, and it reports an SQLException
			throw new UncheckedIOException(ex);
		}
		finally {
			DataSourceUtils.releaseConnection(con, dataSource);
		}
	}

	/**
	 * The participants' current state, gathered column by column and bound as one array per column, which the
	 * statement unnests: one round trip and one small plan for a whole bulk batch.
	 */
	private void updateCurrent(List<Long> ids, List<NewAssessment> assessments) {
		int size = assessments.size();
		Long[] participantIds = new Long[size];
		String[] phases = new String[size];
		String[] tracks = new String[size];
		String[] priorities = new String[size];
		String[] policyVersions = new String[size];
		String[] assessedAt = new String[size];
		String[] waitingSince = new String[size];
		String[] stepStatus = new String[size];
		String[] stepEvidence = new String[size];
		InstantText at = new InstantText();
		InstantText waiting = new InstantText();
		for (int i = 0; i < size; i++) {
			NewAssessment a = assessments.get(i);
			participantIds[i] = a.participantId();
			phases[i] = a.phase().name();
			tracks[i] = a.track().name();
			priorities[i] = a.priority().name();
			policyVersions[i] = a.policyVersion();
			assessedAt[i] = at.of(a.assessedAt());
			waitingSince[i] = waiting.of(a.waitingSince());
			stepStatus[i] = StoredJson.stepStatuses(a.steps());
			stepEvidence[i] = StoredJson.stepEvidence(a.steps());
		}
		jdbc.sql(UPSERT_CURRENT)
			.param("participant_ids", participantIds)
			.param("assessment_ids", ids.toArray(Long[]::new))
			.param("phases", phases)
			.param("tracks", tracks)
			.param("priorities", priorities)
			.param("policy_versions", policyVersions)
			.param("assessed_at", assessedAt)
			.param("waiting_since", waitingSince)
			.param("step_status", stepStatus)
			.param("step_evidence", stepEvidence)
			.update();
	}

}
