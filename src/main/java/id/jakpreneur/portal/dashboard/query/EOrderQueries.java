package id.jakpreneur.portal.dashboard.query;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads e-Order's figures for a dashboard from its two summaries in one statement, whatever the filters (decision
 * 124): revenue by month, kota, sector and buying organisation (one pass with grouping sets, limited by the year of
 * receipt, the area and the sector), and the participants who sold through e-Order, limited like the funnel (year of
 * registration, area, sector, agency, target group, size class), in total and by kota; with the time of the last
 * refresh, which {@link DashboardQueries#load} would otherwise read in a statement of its own.
 */
@Service
@Transactional(readOnly = true)
public class EOrderQueries {

	/** Buying organisations listed by their revenue; the rest are summed in one line. */
	public static final int TOP_BUYERS = 20;

	private final JdbcClient jdbc;

	EOrderQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public EOrderFigures load(DashboardFilter filter) {
		DashboardQueries.Where revenue = DashboardQueries.yearAndArea(filter);
		if (filter.sector() != null) {
			revenue.add("sector = :sector", "sector", filter.sector());
		}
		DashboardQueries.Where sellers = DashboardQueries.participantWhere(filter);
		Map<String, Object> params = new LinkedHashMap<>(revenue.params());
		params.putAll(sellers.params()); // the same names always carry the same values
		Map<String, List<EOrderFigures.Line>> lines = new LinkedHashMap<>();
		Map<String, Long> sellersByCity = new LinkedHashMap<>();
		long[] counts = new long[2]; // sellers, buying organisations
		Instant[] refreshedAt = { null };
		jdbc.sql("""
				with revenue as (
				    select case when grouping(month) = 0 then 'MONTH' when grouping(city_code) = 0 then 'CITY'
				                when grouping(sector) = 0 then 'SECTOR' when grouping(organisation_id) = 0 then 'BUYER'
				                else 'TOTAL' end as dimension,
				           coalesce(to_char(month, 'YYYY-MM'), city_code, sector, organisation_id::text) as key,
				           max(organisation_name) as name, max(organisation_kind) as kind,
				           coalesce(sum(orders), 0) as orders, coalesce(sum(revenue), 0) as revenue
				    from dashboard_eorder where %s
				    group by grouping sets ((month), (city_code), (sector), (organisation_id), ())),
				ranked as (
				    select r.*, row_number() over (partition by dimension order by revenue desc, key) as rank,
				           count(*) over (partition by dimension) as lines
				    from revenue r)
				select dimension, key, name, kind, orders, revenue, lines as count from ranked
				where dimension <> 'BUYER' or rank <= %d
				union all
				select case when grouping(city_code) = 0 then 'SELLERS_CITY' else 'SELLERS' end, city_code, null, null,
				       0, 0, count(*)
				from dashboard_eorder_seller where %s group by grouping sets ((city_code), ())
				union all
				select 'REFRESHED', null, null, null, 0, 0, (extract(epoch from refreshed_at) * 1000000)::bigint
				from dashboard_refresh where id = 1
				""".formatted(revenue.sql(), TOP_BUYERS, sellers.sql())).params(params).query(rs -> {
			String dimension = rs.getString("dimension");
			switch (dimension) {
				case "REFRESHED" -> refreshedAt[0] = Instant.EPOCH.plus(rs.getLong("count"), ChronoUnit.MICROS);
				case "SELLERS" -> counts[0] = rs.getLong("count");
				case "SELLERS_CITY" -> sellersByCity.put(rs.getString("key"), rs.getLong("count"));
				default -> {
					if (dimension.equals("BUYER")) {
						counts[1] = rs.getLong("count");
					}
					lines.computeIfAbsent(dimension, d -> new ArrayList<>())
						.add(new EOrderFigures.Line(rs.getString("key"), rs.getString("name"), rs.getString("kind"),
								rs.getLong("orders"), rs.getLong("revenue")));
				}
			}
		});
		EOrderFigures.Line total = lines.getOrDefault("TOTAL", List.of(EOrderFigures.Line.none(null))).get(0);
		List<EOrderFigures.Line> buyers = lines.getOrDefault("BUYER", List.of());
		long listedOrders = buyers.stream().mapToLong(EOrderFigures.Line::orders).sum();
		long listedRevenue = buyers.stream().mapToLong(EOrderFigures.Line::revenue).sum();
		EOrderFigures.Line others = new EOrderFigures.Line(null, null, null, total.orders() - listedOrders,
				total.revenue() - listedRevenue);
		List<EOrderFigures.Line> months = new ArrayList<>(lines.getOrDefault("MONTH", List.of()));
		months.sort(java.util.Comparator.comparing(EOrderFigures.Line::key));
		return new EOrderFigures(total, months, lines.getOrDefault("CITY", List.of()),
				lines.getOrDefault("SECTOR", List.of()), buyers, others, counts[1], counts[0], sellersByCity,
				Optional.ofNullable(refreshedAt[0]));
	}

}
