package id.jakpreneur.portal.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tells which tables a request wrote to. Cheap when nothing was written: PostgreSQL gives a transaction id only to a
 * transaction that writes or locks rows, so if the next id taken after a request directly follows the one taken
 * before it, nothing was stored. Otherwise every table is read once: rows whose {@code xmin} is newer than the mark
 * were inserted or updated, and a changed row count shows a delete. Session tables are left out: the portal keeps
 * flash messages there. So is the outbox: its worker sends (and updates) a message on its own thread after the
 * commit that queued it, which can fall inside a later request's window; every message is queued together with the
 * record it is about (a notice, an account secret), which the census does see.
 */
final class StoredRows {

	private static final Set<String> IGNORED = Set.of("spring_session", "spring_session_attributes",
			"flyway_schema_history", "outbox_message");

	private final JdbcClient jdbc;

	private final String census;

	private Map<String, Long> counts = Map.of();

	private long last = -2;

	int censuses;

	long censusMillis;

	StoredRows(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
		List<String> tables = jdbc.sql("""
				select table_name from information_schema.tables
				where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name""")
			.query(String.class)
			.list()
			.stream()
			.filter(t -> !IGNORED.contains(t))
			.toList();
		this.census = tables.stream()
			.map(t -> "select '" + t + "' as name, count(*) as total, count(*) filter (where xmin::text::bigint > :mark)"
					+ " as written from \"" + t + "\"")
			.collect(Collectors.joining(" union all "));
	}

	/** A mark to compare with after the request; brings the row counts up to date if anything wrote since. */
	long mark() {
		long now = nextId();
		if (now != last + 1) {
			census(now);
			now = nextId();
		}
		last = now;
		return now;
	}

	/** The tables a request written since the mark changed (empty when it stored nothing). */
	Set<String> changedSince(long mark) {
		long now = nextId();
		last = now;
		if (now == mark + 1) {
			return Set.of();
		}
		Set<String> changed = census(mark);
		last = nextId();
		return changed;
	}

	private Set<String> census(long mark) {
		long started = System.nanoTime();
		censuses++;
		Set<String> changed = new TreeSet<>();
		Map<String, Long> next = new HashMap<>();
		jdbc.sql(census).param("mark", mark).query((rs, n) -> {
			String name = rs.getString("name");
			long total = rs.getLong("total");
			next.put(name, total);
			if (rs.getLong("written") > 0 || (counts.containsKey(name) && counts.get(name) != total)) {
				changed.add(name);
			}
			return name;
		}).list();
		counts = next;
		censusMillis += (System.nanoTime() - started) / 1_000_000;
		return changed;
	}

	private long nextId() {
		return jdbc.sql("select pg_current_xact_id()::text::bigint").query(Long.class).single();
	}

}
