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
import id.jakpreneur.portal.shared.AdvisoryLocks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads what a new assessment builds on: the participant's latest assessment, their completed steps, their
 * profile; and takes the per-participant lock that keeps two assessments of one participant from interleaving.
 */
@Component
public class AssessmentStore {

	/** Every column of an assessment row {@code a} that {@link #map} reads, by these names. */
	public static final String COLUMNS = columns("a.reasons::text");

	/** As {@link #COLUMNS}, but without the reasons, which a re-assessment replaces without reading. */
	public static final String COLUMNS_WITHOUT_REASONS = columns("'[]'");

	private static String columns(String reasons) {
		return """
				a.id as assessment_id, a.participant_id, a.assessed_at, a.stage, a.running_since, a.sector,
				a.sells_regularly, a.monthly_sales, a.capital, a.employees, a.licences::text as licences, a.has_packaging,
				a.has_label, a.knows_shelf_life, a.channels::text as channels, a.keeps_books, a.separates_money,
				a.had_credit, a.has_digital_presence, a.main_obstacle, a.completed_steps::text as completed_steps,
				a.policy_version, a.phase, a.size_class, a.track, a.priority, a.steps::text as steps, %s as reasons,
				a.overridden_by, a.override_reason""".formatted(reasons);
	}

	/**
	 * The profile columns of a participant {@code p} read from entrepreneur's published {@code participant_profile}
	 * view, which {@link #profile} reads by these names (all starting with {@code profile_}, so that they can stand
	 * beside an assessment's). With a condition, the channels and licences are looked up only for the rows that
	 * meet it (the view is inlined, so its subqueries run inside the CASE).
	 */
	public static String profileColumns(String onlyWhen) {
		String channels = "p.channels::text";
		String licences = "p.licences::text";
		if (onlyWhen != null) {
			channels = "case when " + onlyWhen + " then " + channels + " end";
			licences = "case when " + onlyWhen + " then " + licences + " end";
		}
		return "p.business_stage as profile_stage, p.started_on as profile_started_on, p.sector as profile_sector, "
				+ "p.monthly_sales as profile_monthly_sales, p.capital as profile_capital, "
				+ "p.employees as profile_employees, p.keeps_books as profile_keeps_books, "
				+ "p.had_credit as profile_had_credit, " + channels + " as profile_channels, " + licences
				+ " as profile_licences";
	}

	private final JdbcClient jdbc;

	private final AdvisoryLocks locks;

	AssessmentStore(JdbcClient jdbc, AdvisoryLocks locks) {
		this.jdbc = jdbc;
		this.locks = locks;
	}

	/**
	 * Waits until no other transaction is assessing this participant, and keeps them until this transaction ends.
	 * An advisory lock, not a row lock: a bulk re-assessment takes thousands of them per batch, and row locks would
	 * write every participant's page again.
	 */
	public void lock(long participantId) {
		locks.lock(AdvisoryLocks.Namespace.ASSESSMENT, participantId);
	}

	public Optional<StoredAssessment> latest(long participantId) {
		return jdbc.sql("select " + COLUMNS + """
				, c.waiting_since
				from assessment_current c join assessment a on a.id = c.assessment_id where c.participant_id = :participant
				""")
			.param("participant", participantId)
			.query((rs, n) -> map(rs, instant(rs, "waiting_since")))
			.optional();
	}

	/** Steps the participant completed inside the programme, each with the evidence of its latest completion. */
	public Map<StepCode, String> completions(long participantId) {
		Map<StepCode, String> completions = new EnumMap<>(StepCode.class);
		jdbc.sql("""
				select distinct on (step) step, evidence from participant_step_completion
				where participant_id = :participant and withdrawn_at is null order by step, completed_at desc, id desc
				""")
			.param("participant", participantId)
			.query(rs -> {
				completions.put(StepCode.valueOf(rs.getString("step")), rs.getString("evidence"));
			});
		return completions;
	}

	/** What the profile alone says, for a participant never assessed; empty when there is no such participant. */
	public Optional<Answers> profileAnswers(long participantId) {
		return jdbc.sql("select " + profileColumns(null) + " from participant_profile p where p.id = :participant")
			.param("participant", participantId)
			.query((rs, n) -> profile(rs))
			.optional();
	}

	/** Answers from the profile columns, as named by {@link #profileColumns}. */
	public static Answers profile(ResultSet rs) throws SQLException {
		BusinessStage stage = BusinessStage.valueOf(rs.getString("profile_stage"));
		java.sql.Date started = rs.getDate("profile_started_on");
		Sector sector = Sector.valueOf(rs.getString("profile_sector"));
		long monthlySales = rs.getLong("profile_monthly_sales");
		long capital = rs.getLong("profile_capital");
		int employees = rs.getInt("profile_employees");
		boolean keepsBooks = rs.getBoolean("profile_keeps_books");
		boolean hadCredit = rs.getBoolean("profile_had_credit");
		Set<SalesChannel> channels = StoredJson.names(rs.getString("profile_channels"), SalesChannel.class);
		Map<LicenceType, String> licences = StoredJson.licences(rs.getString("profile_licences"));
		return Answers.fromProfile(new BusinessDetails(stage, null, sector, null,
				started == null ? null : started.toLocalDate(), capital, monthlySales, employees, channels, licences,
				keepsBooks, hadCredit));
	}

	/** An assessment row read with {@link #COLUMNS}, by their names. */
	public static StoredAssessment map(ResultSet rs, Instant waitingSince) throws SQLException {
		long id = rs.getLong("assessment_id");
		long participantId = rs.getLong("participant_id");
		Instant assessedAt = instant(rs, "assessed_at");
		BusinessStage stage = BusinessStage.valueOf(rs.getString("stage"));
		java.sql.Date since = rs.getDate("running_since");
		Answers answers = new Answers(stage, since == null ? null : since.toLocalDate(),
				Sector.valueOf(rs.getString("sector")), rs.getBoolean("sells_regularly"), rs.getLong("monthly_sales"),
				rs.getLong("capital"), rs.getInt("employees"), StoredJson.licences(rs.getString("licences")),
				rs.getBoolean("has_packaging"), rs.getBoolean("has_label"), rs.getBoolean("knows_shelf_life"),
				StoredJson.names(rs.getString("channels"), SalesChannel.class), rs.getBoolean("keeps_books"),
				rs.getBoolean("separates_money"), rs.getBoolean("had_credit"), rs.getBoolean("has_digital_presence"),
				MainObstacle.valueOf(rs.getString("main_obstacle")));
		Set<StepCode> completed = StoredJson.names(rs.getString("completed_steps"), StepCode.class);
		String policyVersion = rs.getString("policy_version");
		Phase phase = Phase.valueOf(rs.getString("phase"));
		SizeClass size = SizeClass.valueOf(rs.getString("size_class"));
		Track track = Track.valueOf(rs.getString("track"));
		Priority priority = Priority.valueOf(rs.getString("priority"));
		List<StepOutcome> steps = StoredJson.steps(rs.getString("steps"));
		List<Reason> reasons = StoredJson.reasons(rs.getString("reasons"));
		long overriddenBy = rs.getLong("overridden_by");
		Long overrider = rs.wasNull() ? null : overriddenBy;
		String overrideReason = rs.getString("override_reason");
		return new StoredAssessment(id, participantId, assessedAt, answers, completed, policyVersion, phase, size, track,
				priority, steps, reasons, overrider, overrideReason, waitingSince);
	}

	/** A timestamptz column as an instant; {@code null} for null. */
	public static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

	/**
	 * As {@link #instant(ResultSet, String)}, by position: only for {@code Assessments.waitingForMentor}, the
	 * offset-paged mentor queue that the mentoring module's keyset queue replaces.
	 */
	public static Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

}
