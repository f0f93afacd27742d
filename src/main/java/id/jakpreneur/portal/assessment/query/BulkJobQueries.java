package id.jakpreneur.portal.assessment.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import id.jakpreneur.portal.assessment.domain.AssessmentStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The bulk re-assessment jobs as their pages show them: one job and its history, the running one, the latest ten. */
@Component
public class BulkJobQueries {

	private static final String SELECT = """
			select j.id, j.policy_version, j.status, a.full_name as started_by_name, j.started_at, j.finished_at,
			  j.total, j.processed, j.failure
			from assessment_job j join account_directory a on a.id = j.started_by
			""";

	private final JdbcClient jdbc;

	BulkJobQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<BulkJob> job(long id) {
		return jdbc.sql(SELECT + "where j.id = :id").param("id", id).query(BulkJobQueries::job).optional();
	}

	/** The job running now, if any. */
	public Optional<BulkJob> running() {
		return jdbc.sql(SELECT + "where j.status = 'RUNNING'").query(BulkJobQueries::job).list().stream().findFirst();
	}

	/** The job's history, oldest first. */
	public List<BulkJobEvent> events(long jobId) {
		return jdbc.sql("""
				select kind, happened_at, processed, instance, detail from assessment_job_event
				where job_id = :job order by happened_at, id limit 100
				""").param("job", jobId).query((rs, n) -> new BulkJobEvent(rs.getString("kind"),
						AssessmentStore.instant(rs, "happened_at"), rs.getInt("processed"), rs.getString("instance"),
						rs.getString("detail"))).list();
	}

	/** The latest 10 jobs, newest first. */
	public List<BulkJob> recent() {
		return jdbc.sql(SELECT + "order by j.started_at desc, j.id desc limit 10").query(BulkJobQueries::job).list();
	}

	private static BulkJob job(ResultSet rs, int n) throws SQLException {
		return new BulkJob(rs.getLong("id"), rs.getString("policy_version"),
				BulkJob.Status.valueOf(rs.getString("status")), rs.getString("started_by_name"),
				AssessmentStore.instant(rs, "started_at"), AssessmentStore.instant(rs, "finished_at"),
				(Integer) rs.getObject("total"), rs.getInt("processed"), rs.getString("failure"));
	}

}
