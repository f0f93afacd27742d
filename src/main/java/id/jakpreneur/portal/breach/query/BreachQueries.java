package id.jakpreneur.portal.breach.query;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who one account touched in a time window, from the trails the modules publish: entrepreneur's
 * {@code personal_data_touch} (NIK/KK reveals, KTP checks, profile edits), timeline's {@code timeline_actor_entry}
 * (the entries the account caused: validations, grades, sessions...), partner's {@code referral_actor_entry}
 * (referral status changes) and account's {@code account_audit_entry} (accounts it created, deactivated, sent a
 * reset or activation to). Each source is read through an index on actor and time; the people are grouped in SQL
 * and read a page at a time. Partner contacts' views of a referral are not logged, so they are not found.
 */
@Service
@Transactional(readOnly = true)
public class BreachQueries {

	/** The most rows a CSV export holds (a breach through one account in a window stays far below it). */
	public static final int EXPORT_LIMIT = 100_000;

	private static final String TOUCHED = """
			with touched as (
			    select t.participant_id, d.account_id, t.source, t.detail, t.at
			    from personal_data_touch t join participant_directory d on d.id = t.participant_id
			    where t.actor_id = :actor and t.at >= :from and t.at < :until
			    union all
			    select e.participant_id, d.account_id, 'TIMELINE', e.kind, e.occurred_at
			    from timeline_actor_entry e join participant_directory d on d.id = e.participant_id
			    where e.actor_id = :actor and e.occurred_at >= :from and e.occurred_at < :until
			    union all
			    select r.participant_id, d.account_id, 'REFERRAL', r.status, r.changed_at
			    from referral_actor_entry r join participant_directory d on d.id = r.participant_id
			    where r.actor_id = :actor and r.changed_at >= :from and r.changed_at < :until
			    union all
			    select d.id, a.account_id, 'ACCOUNT', a.action, a.at
			    from account_audit_entry a left join participant_directory d on d.account_id = a.account_id
			    where a.actor_id = :actor and a.at >= :from and a.at < :until
			), people as (
			    select participant_id, account_id, array_agg(distinct source order by source) as sources,
			           array_agg(distinct source || ':' || detail order by source || ':' || detail) as touched,
			           min(at) as first_at, max(at) as last_at, count(*) as times
			    from touched
			    where account_id is distinct from :actor
			    group by participant_id, account_id
			)
			select pe.*, coalesce(d.full_name, a.full_name) as name, a.role
			from people pe
			left join participant_directory d on d.id = pe.participant_id
			left join account_directory a on a.id = pe.account_id
			order by name, pe.participant_id, pe.account_id
			limit :limit offset :offset
			""";

	private final JdbcClient jdbc;

	BreachQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One page of the people the incident's account touched in its window, by name. */
	public Slice<TouchedPerson> people(IncidentRow incident, Pageable page) {
		List<TouchedPerson> rows = touched(incident, page.getPageSize() + 1, page.getOffset());
		boolean hasNext = rows.size() > page.getPageSize();
		return new SliceImpl<>(hasNext ? rows.subList(0, page.getPageSize()) : rows, page, hasNext);
	}

	/** Everyone touched, for the notices and the authority's CSV (at most {@link #EXPORT_LIMIT}). */
	public List<TouchedPerson> everyone(IncidentRow incident) {
		return touched(incident, EXPORT_LIMIT, 0);
	}

	private List<TouchedPerson> touched(IncidentRow incident, int limit, long offset) {
		return jdbc.sql(TOUCHED)
			.param("actor", incident.accountId())
			.param("from", Timestamp.from(incident.windowFrom()))
			.param("until", Timestamp.from(incident.windowUntil()))
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> new TouchedPerson(rs.getObject("participant_id", Long.class),
					rs.getObject("account_id", Long.class), rs.getString("name"), rs.getString("role"),
					strings(rs, "sources"), strings(rs, "touched"), rs.getTimestamp("first_at").toInstant(),
					rs.getTimestamp("last_at").toInstant(), rs.getLong("times")))
			.list();
	}

	private static final String INCIDENT = """
			select i.id, i.account_id, a.full_name as account_name, a.role as account_role, i.window_from,
			       i.window_until, i.discovered_at, i.description, r.full_name as recorded_by, i.recorded_at,
			       i.notified_at, i.notified
			from breach_incident i
			join account_directory a on a.id = i.account_id
			join account_directory r on r.id = i.recorded_by
			""";

	public Optional<IncidentRow> incident(long id) {
		return jdbc.sql(INCIDENT + " where i.id = :id").param("id", id).query((rs, n) -> incident(rs)).optional();
	}

	/** The incidents recorded, newest first. */
	public Slice<IncidentRow> incidents(Pageable page) {
		List<IncidentRow> rows = jdbc.sql(INCIDENT + " order by i.recorded_at desc, i.id desc limit :limit offset :offset")
			.param("limit", page.getPageSize() + 1)
			.param("offset", page.getOffset())
			.query((rs, n) -> incident(rs))
			.list();
		boolean hasNext = rows.size() > page.getPageSize();
		return new SliceImpl<>(hasNext ? rows.subList(0, page.getPageSize()) : rows, page, hasNext);
	}

	private static IncidentRow incident(ResultSet rs) throws SQLException {
		Timestamp notifiedAt = rs.getTimestamp("notified_at");
		return new IncidentRow(rs.getLong("id"), rs.getLong("account_id"), rs.getString("account_name"),
				rs.getString("account_role"), rs.getTimestamp("window_from").toInstant(),
				rs.getTimestamp("window_until").toInstant(), rs.getTimestamp("discovered_at").toInstant(),
				rs.getString("description"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant(),
				notifiedAt == null ? null : notifiedAt.toInstant(), rs.getObject("notified", Integer.class));
	}

	private static List<String> strings(ResultSet rs, String column) throws SQLException {
		Array array = rs.getArray(column);
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

}
