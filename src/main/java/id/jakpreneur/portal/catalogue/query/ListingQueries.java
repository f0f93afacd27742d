package id.jakpreneur.portal.catalogue.query;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import id.jakpreneur.portal.entrepreneur.Sector;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The public Katalog read from the published view {@code catalogue_listing} (only what is published now), with the
 * marks from licensing's {@code verified_licence}. One statement a page, no count: the day's rotation (decision 119)
 * picks its candidates from the search table {@code catalogue_search} (decision 125), then reads only those. Each
 * read is one statement, so none opens a transaction of its own (its begin and commit were a tenth of the list's JVM
 * time); the rare second read of a short page reads everything again and needs no snapshot shared with the first.
 */
@Service
public class ListingQueries {

	/** Beyond this page a visitor is better served by a filter; deeper pages answer empty. */
	public static final int MAX_PAGE = 200;

	private static final String COLUMNS = """
			l.product_id, l.participant_id, l.name, l.sector, l.unit, l.price_from, l.price_to, l.minimum_order,
			l.district_code, l.public_name, l.shuffle_key""";

	private static final String MARKS = marksColumn("x");

	/** Candidates walked per lap: four times the rows the page needs, and some. */
	static final long CHUNK_FACTOR = 4;

	static final long CHUNK_MARGIN = 100;

	private final JdbcClient jdbc;

	ListingQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One page of the day's order, filtered. Candidates come from the search table {@code catalogue_search}
	 * (decision 125): with words, the matching rows by the words' index, sorted by their place after the day's start;
	 * without, two walks of the circle's index (from the day's start to its end, then from its beginning), each
	 * stopping after the rows the page needs. Only those candidates are read from {@code catalogue_listing}, with
	 * kecamatan and mark checked there again, so the page shows what is published now. When that check dropped so many
	 * candidates (a search row not yet refreshed) that the page is short, it is read again from the view alone.
	 */
	public Slice<ListingCard> page(ListingFilter filter, LocalDate today, Pageable page) {
		if (page.getPageNumber() > MAX_PAGE) {
			return new SliceImpl<>(List.of(), page, false);
		}
		long reach = page.getOffset() + page.getPageSize() + 1;
		long chunk = reach * CHUNK_FACTOR + CHUNK_MARGIN;
		// one sort of the words' matches stops at the chunk as a whole; the two walks each stop at it
		boolean oneSort = filter.tsQuery() != null;
		String sql = "with candidates as materialized (" + candidates(filter) + ")" + """
				 select k.n, k.n0, k.n1, x.* from (select count(*) as n, count(*) filter (where lap = 0) as n0,
				   count(*) filter (where lap = 1) as n1 from candidates) k
				 left join lateral (select y.*, %s from (select %s, c.lap from candidates c
				   join catalogue_listing l on l.product_id = c.product_id where true%s
				   order by c.lap, c.shuffle_key offset :offset limit :limit) y) x on true
				 order by x.lap, x.shuffle_key
				""".formatted(marksColumn("y"), COLUMNS, listingConditions(filter));
		List<Candidate> rows = bind(jdbc.sql(sql), filter, today, page, reach).param("chunk", chunk)
			.query((rs, n) -> new Candidate(oneSort ? rs.getLong("n") >= chunk
					: rs.getLong("n0") >= chunk || rs.getLong("n1") >= chunk,
					rs.getObject("product_id") == null ? null : card(rs)))
			.list();
		boolean truncated = !rows.isEmpty() && rows.get(0).truncated();
		List<ListingCard> cards = rows.stream().map(Candidate::card).filter(java.util.Objects::nonNull).toList();
		if (cards.size() < page.getPageSize() + 1 && truncated) {
			cards = unchunked(filter, today, page, reach);
		}
		boolean hasNext = cards.size() > page.getPageSize();
		return new SliceImpl<>(hasNext ? cards.subList(0, page.getPageSize()) : cards, page, hasNext);
	}

	/** The page read straight from the view: always right, slow when the walk must skip many candidates. */
	private List<ListingCard> unchunked(ListingFilter filter, LocalDate today, Pageable page, long reach) {
		String where = conditions(filter);
		String sql = "select x.*, " + MARKS + " from (select * from (" + lap(0, ">=", where) + " union all "
				+ lap(1, "<", where) + ") u order by u.lap, u.shuffle_key offset :offset limit :limit) x"
				+ " order by x.lap, x.shuffle_key";
		return bind(jdbc.sql(sql), filter, today, page, reach).query((rs, n) -> card(rs)).list();
	}

	/**
	 * The seller's marks (verified, unexpired on {@code :today}) as the column {@code marks}, for the row {@code alias}
	 * that has her {@code participant_id}; also what the search table stores ({@link CatalogueSearchIndex}).
	 */
	static String marksColumn(String alias) {
		return """
				array(select v.licence_type from verified_licence v
				      where v.participant_id = %s.participant_id and v.licence_type in ('HALAL', 'SPP_IRT', 'BPOM')
				        and (v.expires_on is null or v.expires_on >= :today)
				      order by v.licence_type) as marks""".formatted(alias);
	}

	/**
	 * The first {@code :chunk} search rows in the day's order: with words one sort of the (few) matching rows,
	 * without words two bounded walks of an index on the circle (by sector or kecamatan when filtered).
	 */
	private static String candidates(ListingFilter filter) {
		String where = searchConditions(filter);
		if (filter.tsQuery() != null) {
			return "select s.product_id, s.shuffle_key, case when s.shuffle_key >= :seed then 0 else 1 end as lap"
					+ " from catalogue_search s where true" + where + " order by lap, s.shuffle_key limit :chunk";
		}
		return candidateLap(0, ">=", where) + " union all " + candidateLap(1, "<", where);
	}

	private static String candidateLap(int lap, String side, String where) {
		return "(select s.product_id, s.shuffle_key, " + lap + " as lap from catalogue_search s where s.shuffle_key "
				+ side + " :seed" + where + " order by s.shuffle_key limit :chunk)";
	}

	/** The filters on the search table {@code s}. */
	private static String searchConditions(ListingFilter filter) {
		StringBuilder where = new StringBuilder();
		if (filter.tsQuery() != null) {
			where.append(" and s.words @@ to_tsquery('simple', :words)");
		}
		if (filter.sector() != null) {
			where.append(" and s.sector = :sector");
		}
		if (filter.districtCode() != null) {
			where.append(" and s.district_code = :district");
		}
		if (filter.mark() != null) {
			where.append(" and :mark = any(s.marks)");
		}
		return where.toString();
	}

	private record Candidate(boolean truncated, ListingCard card) {
	}

	/** A published product's page; empty when it is not (or no longer) published. */
	public Optional<ListingDetail> product(long productId, LocalDate today) {
		return jdbc.sql("select x.*, " + MARKS + " from (select " + COLUMNS + """
				, l.description, l.product_version from catalogue_listing l where l.product_id = :productId) x
				""")
			.param("productId", productId)
			.param("today", today)
			.query((rs, n) -> new ListingDetail(card(rs), rs.getString("description"), rs.getLong("product_version")))
			.optional();
	}

	/** The product's version while it is published (the photos' ETag), else empty. */
	public Optional<Long> publishedVersion(long productId) {
		return jdbc.sql("select product_version from catalogue_listing where product_id = :productId")
			.param("productId", productId)
			.query(Long.class)
			.optional();
	}

	/** Her products on the Katalog now, by name, at most {@code limit}. */
	public List<SitemapProduct> ofParticipant(long participantId, int limit) {
		return jdbc.sql("""
				select product_id, name, published_since from catalogue_listing
				where participant_id = :participantId order by name, product_id limit :limit
				""")
			.param("participantId", participantId)
			.param("limit", limit)
			.query((rs, n) -> new SitemapProduct(rs.getLong("product_id"), rs.getString("name"),
					rs.getTimestamp("published_since").toInstant()))
			.list();
	}

	/** Published products for the sitemap, by id from {@code afterId}, at most {@code limit}. */
	public List<SitemapProduct> sitemap(long afterId, int limit) {
		return jdbc.sql("""
				select product_id, name, published_since from catalogue_listing
				where product_id > :afterId order by product_id limit :limit
				""")
			.param("afterId", afterId)
			.param("limit", limit)
			.query((rs, n) -> new SitemapProduct(rs.getLong("product_id"), rs.getString("name"),
					rs.getTimestamp("published_since").toInstant()))
			.list();
	}

	private static String lap(int lap, String side, String where) {
		return "(select " + COLUMNS + ", " + lap + " as lap from catalogue_listing l where l.shuffle_key " + side
				+ " :seed" + where + " order by l.shuffle_key limit :reach)";
	}

	private static String conditions(ListingFilter filter) {
		return productConditions(filter) + listingConditions(filter);
	}

	/** Conditions on the product itself (words, sector), on the listing {@code l}. */
	private static String productConditions(ListingFilter filter) {
		StringBuilder where = new StringBuilder();
		if (filter.tsQuery() != null) {
			where.append(" and to_tsvector('simple', l.name) @@ to_tsquery('simple', :words)");
		}
		if (filter.sector() != null) {
			where.append(" and l.sector = :sector");
		}
		return where.toString();
	}

	/** Conditions on the seller (kecamatan, verified mark), on the listing {@code l}. */
	private static String listingConditions(ListingFilter filter) {
		StringBuilder where = new StringBuilder();
		if (filter.districtCode() != null) {
			where.append(" and l.district_code = :district");
		}
		if (filter.mark() != null) {
			where.append(" and exists (select 1 from verified_licence m where m.participant_id = l.participant_id"
					+ " and m.licence_type = :mark and (m.expires_on is null or m.expires_on >= :today))");
		}
		return where.toString();
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, ListingFilter filter,
			LocalDate today, Pageable page, long reach) {
		JdbcClient.StatementSpec bound = statement.param("seed", DailyRotation.start(today))
			.param("reach", reach)
			.param("offset", page.getOffset())
			.param("limit", page.getPageSize() + 1)
			.param("today", today);
		if (filter.tsQuery() != null) {
			bound = bound.param("words", filter.tsQuery());
		}
		if (filter.sector() != null) {
			bound = bound.param("sector", filter.sector().name());
		}
		if (filter.districtCode() != null) {
			bound = bound.param("district", filter.districtCode());
		}
		if (filter.mark() != null) {
			bound = bound.param("mark", filter.mark().licence().name());
		}
		return bound;
	}

	private static ListingCard card(ResultSet rs) throws SQLException {
		return new ListingCard(rs.getLong("product_id"), rs.getString("name"), Sector.valueOf(rs.getString("sector")),
				rs.getString("unit"), rs.getLong("price_from"), rs.getLong("price_to"), rs.getInt("minimum_order"),
				rs.getString("district_code"), rs.getString("public_name"), marks(rs.getArray("marks")));
	}

	private static List<Mark> marks(Array array) throws SQLException {
		List<Mark> marks = new ArrayList<>();
		for (Object type : Arrays.asList((Object[]) array.getArray())) {
			marks.add(Mark.valueOf(type.toString()));
		}
		return marks;
	}

}
