package id.jakpreneur.portal.catalogue.query;

import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import id.jakpreneur.portal.shared.LongTransactions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps {@code catalogue_search} (the Katalog's search, decision 125) in step with the published view
 * {@code catalogue_listing}: a seller's rows at once when she publishes or stops ({@link #refresh(long)}), and every
 * row by {@link SearchRefreshJob} for what other modules change (a product graded, a licence verified, a seller
 * moved). Each refresh deletes the rows no longer published and writes only the rows that differ, so a quiet
 * catalogue costs one read of the view and no write (a name's words are computed only when the name changes).
 */
@Service
@Transactional
public class CatalogueSearchIndex {

	/** The view's rows as search rows, with the marks verified and unexpired on :today. */
	private static final String PUBLISHED = "select l.product_id, l.participant_id, l.shuffle_key, l.sector, "
			+ "l.district_code, " + ListingQueries.marksColumn("l") + ", l.name from catalogue_listing l";

	private static final String UPSERT = """
			insert into catalogue_search (product_id, participant_id, shuffle_key, sector, district_code, marks, name)
			%s
			on conflict (product_id) do update
			set participant_id = excluded.participant_id, shuffle_key = excluded.shuffle_key, sector = excluded.sector,
			    district_code = excluded.district_code, marks = excluded.marks, name = excluded.name
			where (catalogue_search.participant_id, catalogue_search.shuffle_key, catalogue_search.sector,
			       catalogue_search.district_code, catalogue_search.marks, catalogue_search.name)
			      is distinct from (excluded.participant_id, excluded.shuffle_key, excluded.sector,
			       excluded.district_code, excluded.marks, excluded.name)""";

	/** The longest a full refresh's statements may take. */
	static final Duration LONGEST = Duration.ofMinutes(2);

	private final JdbcClient jdbc;

	private final Clock clock;

	CatalogueSearchIndex(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** One seller's rows, as the view publishes them now. */
	public void refresh(long participantId) {
		jdbc.sql("""
				delete from catalogue_search s where s.participant_id = :participantId
				and not exists (select 1 from catalogue_listing l where l.product_id = s.product_id)""")
			.param("participantId", participantId)
			.update();
		jdbc.sql(UPSERT.formatted(PUBLISHED + " where l.participant_id = :participantId"))
			.param("participantId", participantId)
			.param("today", Date.valueOf(today()))
			.update();
	}

	/**
	 * Every row, in one statement over one read of the view: the rows no longer published are deleted, and only the
	 * rows that are new or differ are written (an {@code on conflict do update} over every row would lock, and so
	 * write, every row each time: docs/performance.md, "Background work"). Returns how
	 * many rows left and how many were written. Reading 100,000 published products takes longer than a page's
	 * statement may (docs/operations.md), so this transaction may take up to {@link #LONGEST}.
	 */
	public Changes refresh() {
		LongTransactions.allow(LONGEST);
		// The planner expects a few dozen published products (the view's filters over participants, consents and
		// profiles are not independent) and walks every validated participant by nested loops in three processes:
		// 4 s of PostgreSQL CPU at 1,000,000 participants, beside the pages. Hash joins in one process read the same
		// rows in 1.1-1.3 s (decision 133). SET LOCAL: this transaction only.
		jdbc.sql("set local enable_nestloop = off").update();
		jdbc.sql("set local max_parallel_workers_per_gather = 0").update();
		return jdbc.sql("""
				with published as materialized (%s),
				gone as (
				  delete from catalogue_search s
				  where not exists (select 1 from published p where p.product_id = s.product_id)
				  returning 1),
				written as (
				  %s
				  returning 1)
				select (select count(*) from gone) as removed, (select count(*) from written) as written"""
			.formatted(PUBLISHED, UPSERT.formatted("""
					select p.* from published p left join catalogue_search s on s.product_id = p.product_id
					where s.product_id is null
					   or (s.participant_id, s.shuffle_key, s.sector, s.district_code, s.marks, s.name)
					      is distinct from (p.participant_id, p.shuffle_key, p.sector, p.district_code, p.marks::text[],
					       p.name)""")))
			.param("today", Date.valueOf(today()))
			.query((rs, n) -> new Changes(rs.getInt("removed"), rs.getInt("written")))
			.single();
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	/** What a full refresh changed. */
	public record Changes(int removed, int written) {
	}

}
