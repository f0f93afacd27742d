package id.jakpreneur.portal.outlet.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A product's listing terms for the public Katalog (unit, minimum order, price range), set by the participant on her
 * product's page. The caller has checked that the product is hers. The product is listed on {@code /katalog} only
 * while it is curated A or B and she publishes (catalogue's view {@code catalogue_listing}).
 */
@Service
@Transactional
public class ProductListings {

	private final JdbcClient jdbc;

	private final Clock clock;

	ProductListings(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public void save(long productId, ListingTerms terms) {
		jdbc.sql("""
				insert into outlet_product_listing (product_id, unit, minimum_order, price_from, price_to, updated_at)
				values (:productId, :unit, :minimumOrder, :priceFrom, :priceTo, :now)
				on conflict (product_id) do update set unit = excluded.unit, minimum_order = excluded.minimum_order,
				    price_from = excluded.price_from, price_to = excluded.price_to, updated_at = excluded.updated_at
				""")
			.param("productId", productId)
			.param("unit", terms.unit().strip())
			.param("minimumOrder", terms.minimumOrder())
			.param("priceFrom", terms.priceFrom())
			.param("priceTo", terms.priceTo())
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	@Transactional(readOnly = true)
	public Optional<ListingTerms> terms(long productId) {
		return jdbc.sql("""
				select unit, minimum_order, price_from, price_to from outlet_product_listing where product_id = :productId
				""")
			.param("productId", productId)
			.query((rs, n) -> new ListingTerms(rs.getString("unit"), rs.getInt("minimum_order"),
					rs.getLong("price_from"), rs.getLong("price_to")))
			.optional();
	}

	/** Whether the product is on the public Katalog now (catalogue's published view). */
	@Transactional(readOnly = true)
	public boolean isListed(long productId) {
		return jdbc.sql("select exists (select 1 from catalogue_listing where product_id = :productId)")
			.param("productId", productId)
			.query(Boolean.class)
			.single();
	}

}
