package id.jakpreneur.portal.entrepreneur.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deletion requests for the administrators (the queue, oldest first, with the legal time limit) and for the
 * participant (her latest request), and the retention runs' reports.
 */
@Service
@Transactional(readOnly = true)
public class DeletionQueries {

	private static final String ROW = """
			select r.id, r.participant_id, p.full_name, p.district_code, r.requested_at, r.outcome, r.decided_at,
			       a.full_name as decided_by, r.reason_code, r.reason_text, r.erased_rows::text as erased_rows
			from deletion_request r join participant p on p.id = r.participant_id
			left join account_directory a on a.id = r.decided_by
			""";

	private final JdbcClient jdbc;

	DeletionQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Pending requests, oldest first, a page at a time: one statement for the rows and one for the count. */
	public Page<DeletionRow> pending(Pageable page, Duration timeLimit, Instant now) {
		List<DeletionRow> rows = jdbc.sql(ROW + """
				where r.outcome = 'PENDING' order by r.requested_at, r.id limit :limit offset :offset
				""")
			.param("limit", page.getPageSize())
			.param("offset", page.getOffset())
			.query((rs, n) -> row(rs, timeLimit, now))
			.list();
		long total = jdbc.sql("select count(*) from deletion_request where outcome = 'PENDING'")
			.query(Long.class)
			.single();
		return new PageImpl<>(rows, page, total);
	}

	/** Pending requests past the time limit. */
	public long overdue(Duration timeLimit, Instant now) {
		return jdbc.sql("select count(*) from deletion_request where outcome = 'PENDING' and requested_at < :since")
			.param("since", Timestamp.from(now.minus(timeLimit)))
			.query(Long.class)
			.single();
	}

	/** The latest decisions, newest first (at most {@code limit}). */
	public List<DeletionRow> decided(int limit, Duration timeLimit, Instant now) {
		return jdbc.sql(ROW + """
				where r.outcome <> 'PENDING' order by r.decided_at desc, r.id desc limit :limit
				""").param("limit", limit).query((rs, n) -> row(rs, timeLimit, now)).list();
	}

	public Optional<DeletionRow> get(long id, Duration timeLimit, Instant now) {
		return jdbc.sql(ROW + " where r.id = :id")
			.param("id", id)
			.query((rs, n) -> row(rs, timeLimit, now))
			.optional();
	}

	/** The participant's latest request. */
	public Optional<DeletionStatus> latestOf(long participantId) {
		return jdbc.sql("""
				select requested_at, outcome, decided_at, reason_code, reason_text from deletion_request
				where participant_id = :participantId order by requested_at desc, id desc limit 1
				""")
			.param("participantId", participantId)
			.query((rs, n) -> new DeletionStatus(rs.getTimestamp("requested_at").toInstant(), rs.getString("outcome"),
					instant(rs.getTimestamp("decided_at")), rs.getString("reason_code"), rs.getString("reason_text")))
			.optional();
	}

	/** The latest retention runs, newest first. */
	public List<RetentionRunRow> retentionRuns(int limit) {
		return jdbc.sql("""
				select started_at, finished_at,
				       coalesce((select string_agg(c.key || ' ' || c.value, ' · ' order by c.key)
				                 from jsonb_each_text(r.counts) c), '0') as counts
				from retention_run r
				order by started_at desc, id desc limit :limit
				""")
			.param("limit", limit)
			.query((rs, n) -> new RetentionRunRow(rs.getTimestamp("started_at").toInstant(),
					rs.getTimestamp("finished_at").toInstant(), rs.getString("counts")))
			.list();
	}

	private static DeletionRow row(ResultSet rs, Duration timeLimit, Instant now) throws SQLException {
		Instant requested = rs.getTimestamp("requested_at").toInstant();
		Instant due = requested.plus(timeLimit);
		String outcome = rs.getString("outcome");
		return new DeletionRow(rs.getLong("id"), rs.getLong("participant_id"), rs.getString("full_name"),
				rs.getString("district_code"), requested, due, "PENDING".equals(outcome) && due.isBefore(now), outcome,
				instant(rs.getTimestamp("decided_at")), rs.getString("decided_by"), rs.getString("reason_code"),
				rs.getString("reason_text"), rs.getString("erased_rows"));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
