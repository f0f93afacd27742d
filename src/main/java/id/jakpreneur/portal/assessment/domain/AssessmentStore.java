package id.jakpreneur.portal.assessment.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import id.jakpreneur.portal.assessment.Phase;
import id.jakpreneur.portal.assessment.Priority;
import id.jakpreneur.portal.assessment.SizeClass;
import id.jakpreneur.portal.assessment.StepCode;
import id.jakpreneur.portal.assessment.StepOutcome;
import id.jakpreneur.portal.assessment.Track;
import id.jakpreneur.portal.assessment.policy.MainObstacle;
import id.jakpreneur.portal.assessment.policy.Reason;
import id.jakpreneur.portal.entrepreneur.BusinessDetails;
import id.jakpreneur.portal.entrepreneur.BusinessStage;
import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.entrepreneur.SalesChannel;
import id.jakpreneur.portal.entrepreneur.Sector;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads what a new assessment builds on: the participant's latest assessment, their completed steps, their
 * profile; and takes the per-participant lock that keeps two assessments of one participant from interleaving.
 */
@Component
public class AssessmentStore {

	/** Namespace of this module's advisory locks (the first half of PostgreSQL's two-key form). */
	public static final int LOCK_NAMESPACE = 0x41535345;

	/** Every column of an assessment row {@code a} that {@link #map} reads, in its order. */
	public static final String COLUMNS = columns("a.reasons::text");

	/** As {@link #COLUMNS}, but without the reasons, which a re-assessment replaces without reading. */
	public static final String COLUMNS_WITHOUT_REASONS = columns("'[]'");

	private static String columns(String reasons) {
		return """
				a.id, a.participant_id, a.assessed_at, a.stage, a.running_since, a.sector, a.sells_regularly,
				a.monthly_sales, a.capital, a.employees, a.licences::text, a.has_packaging, a.has_label,
				a.knows_shelf_life, a.channels::text, a.keeps_books, a.separates_money, a.had_credit,
				a.has_digital_presence, a.main_obstacle, a.completed_steps::text, a.policy_version, a.phase,
				a.size_class, a.track, a.priority, a.steps::text, %s, a.overridden_by, a.override_reason""".formatted(reasons);
	}

	/** Number of columns in {@link #COLUMNS}. */
	public static final int COLUMN_COUNT = 30;

	/** Number of columns in {@link #profileColumns}. */
	public static final int PROFILE_COLUMN_COUNT = 10;

	/**
	 * The profile columns of a participant {@code p} that {@link #profile} reads, in its order. With a condition,
	 * the channels and licences are looked up only for the rows that meet it.
	 */
	public static String profileColumns(String onlyWhen) {
		String channels = "(select coalesce(array_agg(channel order by channel), '{}')::text from participant_channel "
				+ "where participant_id = p.id)";
		String licences = "(select coalesce(jsonb_object_agg(licence_type, licence_number), '{}')::text "
				+ "from participant_licence where participant_id = p.id)";
		if (onlyWhen != null) {
			channels = "case when " + onlyWhen + " then " + channels + " end";
			licences = "case when " + onlyWhen + " then " + licences + " end";
		}
		return "p.business_stage, p.started_on, p.sector, p.monthly_sales, p.capital, p.employees, p.keeps_books, "
				+ "p.had_credit, " + channels + ", " + licences;
	}

	private final JdbcTemplate jdbc;

	AssessmentStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Waits until no other transaction is assessing this participant, and keeps them until this transaction ends.
	 * An advisory lock, not a row lock: a bulk re-assessment takes thousands of them per batch, and row locks would
	 * write every participant's page again.
	 */
	public void lock(long participantId) {
		jdbc.query("select pg_advisory_xact_lock(?, ?)", rs -> {
		}, LOCK_NAMESPACE, lockKey(participantId));
	}

	public static int lockKey(long participantId) {
		return (int) (participantId % Integer.MAX_VALUE);
	}

	public Optional<StoredAssessment> latest(long participantId) {
		List<StoredAssessment> rows = jdbc.query("select " + COLUMNS + ", c.waiting_since "
				+ "from assessment_current c join assessment a on a.id = c.assessment_id where c.participant_id = ?",
				(rs, n) -> map(rs, instant(rs, COLUMN_COUNT + 1)), participantId);
		return rows.stream().findFirst();
	}

	/** Steps the participant completed inside the programme, each with the evidence of its latest completion. */
	public Map<StepCode, String> completions(long participantId) {
		Map<StepCode, String> completions = new EnumMap<>(StepCode.class);
		jdbc.query("select distinct on (step) step, evidence from participant_step_completion "
				+ "where participant_id = ? order by step, completed_at desc, id desc", rs -> {
					completions.put(StepCode.valueOf(rs.getString(1)), rs.getString(2));
				}, participantId);
		return completions;
	}

	/** What the profile alone says, for a participant never assessed; empty when there is no such participant. */
	public Optional<Answers> profileAnswers(long participantId) {
		return jdbc.query("select " + profileColumns(null) + " from participant p where p.id = ?",
				(rs, n) -> profile(rs, 1), participantId).stream().findFirst();
	}

	/** Answers from the profile columns starting at {@code first}, as written by {@link #profileColumns}. */
	public static Answers profile(ResultSet rs, int first) throws SQLException {
		int i = first;
		BusinessStage stage = BusinessStage.valueOf(rs.getString(i++));
		java.sql.Date started = rs.getDate(i++);
		Sector sector = Sector.valueOf(rs.getString(i++));
		long monthlySales = rs.getLong(i++);
		long capital = rs.getLong(i++);
		int employees = rs.getInt(i++);
		boolean keepsBooks = rs.getBoolean(i++);
		boolean hadCredit = rs.getBoolean(i++);
		Set<SalesChannel> channels = StoredJson.names(rs.getString(i++), SalesChannel.class);
		java.util.Map<LicenceType, String> licences = StoredJson.licences(rs.getString(i));
		return Answers.fromProfile(new BusinessDetails(stage, null, sector, null,
				started == null ? null : started.toLocalDate(), capital, monthlySales, employees, channels, licences,
				keepsBooks, hadCredit));
	}

	/** An assessment row read with {@link #COLUMNS}. */
	public static StoredAssessment map(ResultSet rs, Instant waitingSince) throws SQLException {
		return map(rs, 0, waitingSince);
	}

	/** An assessment row read with {@link #COLUMNS}, starting after column {@code offset}. */
	public static StoredAssessment map(ResultSet rs, int offset, Instant waitingSince) throws SQLException {
		int i = offset;
		long id = rs.getLong(++i);
		long participantId = rs.getLong(++i);
		Instant assessedAt = instant(rs, ++i);
		BusinessStage stage = BusinessStage.valueOf(rs.getString(++i));
		java.sql.Date since = rs.getDate(++i);
		Answers answers = new Answers(stage, since == null ? null : since.toLocalDate(), Sector.valueOf(rs.getString(++i)),
				rs.getBoolean(++i), rs.getLong(++i), rs.getLong(++i), rs.getInt(++i), StoredJson.licences(rs.getString(++i)),
				rs.getBoolean(++i), rs.getBoolean(++i), rs.getBoolean(++i),
				StoredJson.names(rs.getString(++i), SalesChannel.class), rs.getBoolean(++i), rs.getBoolean(++i),
				rs.getBoolean(++i), rs.getBoolean(++i), MainObstacle.valueOf(rs.getString(++i)));
		Set<StepCode> completed = StoredJson.names(rs.getString(++i), StepCode.class);
		String policyVersion = rs.getString(++i);
		Phase phase = Phase.valueOf(rs.getString(++i));
		SizeClass size = SizeClass.valueOf(rs.getString(++i));
		Track track = Track.valueOf(rs.getString(++i));
		Priority priority = Priority.valueOf(rs.getString(++i));
		List<StepOutcome> steps = StoredJson.steps(rs.getString(++i));
		List<Reason> reasons = StoredJson.reasons(rs.getString(++i));
		long overriddenBy = rs.getLong(++i);
		Long overrider = rs.wasNull() ? null : overriddenBy;
		String overrideReason = rs.getString(++i);
		return new StoredAssessment(id, participantId, assessedAt, answers, completed, policyVersion, phase, size, track,
				priority, steps, reasons, overrider, overrideReason, waitingSince);
	}

	public static Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

}
