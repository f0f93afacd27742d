package id.jakpreneur.portal.dashboard.domain;

import java.util.List;

/**
 * The e-Order summaries (decision 124), rebuilt by {@link SummaryRefresh} with the others, after the per-participant
 * facts: settled orders by month of receipt, kecamatan, sector and buying organisation, from eorder's published view
 * {@code eorder_sale} and entrepreneur's {@code participant_directory}; and every participant who has sold through
 * e-Order, with the dimensions of {@code dashboard_fact}, so that the share of participants selling through it follows
 * the funnel's filters.
 */
final class EOrderSummary {

	/** Its tables, in the order they are emptied (before the facts they read are rebuilt). */
	static final List<String> TABLES = List.of("dashboard_eorder_seller", "dashboard_eorder");

	private static final String REVENUE = """
			insert into dashboard_eorder
			select date_trunc('month', s.received_at at time zone 'Asia/Jakarta')::date,
			       extract(year from s.received_at at time zone 'Asia/Jakarta')::smallint,
			       p.city_code, p.district_code, p.sector, s.buyer_organisation_id, max(s.organisation_kind),
			       max(s.organisation_name), count(*), sum(s.amount)
			from eorder_sale s join participant_directory p on p.id = s.participant_id
			group by 1, 2, p.city_code, p.district_code, p.sector, s.buyer_organisation_id
			""";

	private static final String SELLERS = """
			insert into dashboard_eorder_seller
			select f.participant_id, f.reg_year, f.city_code, f.district_code, f.village_code, f.sector, f.agency_mask,
			       f.target_mask, f.size_class
			from dashboard_fact f where f.participant_id in (select participant_id from eorder_sale)
			""";

	/** Its statements, run after {@code dashboard_fact} is rebuilt. */
	static final List<String> STATEMENTS = List.of(REVENUE, SELLERS);

	private EOrderSummary() {
	}

}
