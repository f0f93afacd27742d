package id.jakpreneur.portal.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Published products for the catalogue benchmark (issue 21): {@code products} curated products (grade A or B, graded,
 * with listing terms) of validated participants with enabled accounts, four per business, each business with an
 * active PUBLIC_CATALOGUE consent and a public profile, so every one of them is a row of {@code catalogue_listing}.
 * Names are built from common product words (keripik, sambal, batik, kopi, ...) so that a word search matches many
 * products, as on the real catalogue. No photos: the pages are measured, not the images. Adds only what is missing.
 */
final class CatalogueGenerator {

	/** Marks the generated products (their packaging text). */
	static final String MARK = "benchmark-katalog";

	/** Words a visitor searches for; every one is in many generated names. */
	static final String[] SEARCH_WORDS = { "keripik", "sambal", "batik", "kopi", "kue", "tas", "rendang", "madu",
			"pedas", "anyaman", "kerupuk", "teh" };

	private static final String PRODUCTS = "'Keripik','Sambal','Kue','Batik','Kopi','Tas','Rendang','Madu','Kerupuk',"
			+ "'Teh','Dodol','Abon','Selai','Anyaman','Kemeja','Sepatu','Sabun','Lilin','Tempe','Roti'";

	private static final String KINDS = "'Pedas','Manis','Original','Balado','Jahe','Pandan','Tenun','Kulit','Betawi',"
			+ "'Gurih','Bawang','Cokelat','Kelapa','Rotan','Aren','Kayu Manis'";

	private static final String UNITS = "'pak','toples','botol','lembar','buah','kotak','kg'";

	private CatalogueGenerator() {
	}

	static List<String> fill(JdbcTemplate jdbc, int products) {
		List<String> report = new ArrayList<>();
		long start = System.nanoTime();
		long have = jdbc.queryForObject("select count(*) from outlet_product where packaging = ?", Long.class, MARK);
		if (have >= products) {
			report.add(String.format(Locale.ROOT, "catalogue products kept (%,d)", have));
			return report;
		}
		int perSeller = 4;
		long sellers = (products - have + perSeller - 1) / perSeller;
		jdbc.update("""
				insert into outlet_product (participant_id, name, sector, price, packaging, halal_number, spp_irt_number,
				    status, grade, graded_at, submitted_at)
				select s.id,
				       (array[%s])[1 + (s.rn * 7 + g) %% 20] || ' ' || (array[%s])[1 + (s.rn * 3 + g * 5) %% 16]
				           || ' ' || split_part(s.business_name, ' ', 2),
				       s.sector, 5000 + ((s.rn * 37 + g * 101) %% 400) * 500, ?,
				       case when g %% 2 = 0 then 'ID00' || s.id || g end,
				       case when g %% 3 = 0 then 'P-IRT ' || s.id || g end,
				       'GRADED', case when (s.rn + g) %% 3 = 0 then 'B' else 'A' end,
				       now() - make_interval(days => (s.rn %% 700)::int), now() - make_interval(days => 800)
				from (select p.id, p.sector, p.business_name, row_number() over (order by p.id) as rn
				      from participant p join account a on a.id = p.account_id
				      where p.status = 'VALIDATED' and p.erased_at is null and a.enabled
				        and not exists (select 1 from outlet_product o where o.participant_id = p.id and o.packaging = ?)
				      order by p.id limit ?) s,
				     generate_series(1, ?) g
				""".formatted(PRODUCTS, KINDS), MARK, MARK, sellers, perSeller);
		jdbc.update("""
				insert into outlet_product_listing (product_id, unit, minimum_order, price_from, price_to, updated_at)
				select o.id, (array[%s])[1 + o.id %% 7], 1 + (o.id %% 5) * 10, o.price, o.price + (o.id %% 4) * 1000, now()
				from outlet_product o
				where o.packaging = ? and not exists (select 1 from outlet_product_listing l where l.product_id = o.id)
				""".formatted(UNITS), MARK);
		jdbc.update("""
				insert into consent (participant_id, purpose, text_version, given_at)
				select distinct o.participant_id, 'PUBLIC_CATALOGUE', '2026.1', now() - interval '30 days'
				from outlet_product o
				where o.packaging = ? and not exists (select 1 from consent c where c.participant_id = o.participant_id
				      and c.purpose = 'PUBLIC_CATALOGUE' and c.withdrawn_at is null)
				""", MARK);
		jdbc.update("""
				insert into catalogue_profile (participant_id, public_name, description, updated_at)
				select distinct on (o.participant_id) o.participant_id, left(p.business_name, 80),
				       'Usaha binaan JakPreneur', now()
				from outlet_product o join participant p on p.id = o.participant_id
				where o.packaging = ? and not exists (select 1 from catalogue_profile c where c.participant_id = o.participant_id)
				""", MARK);
		long listed = jdbc.queryForObject("select count(*) from catalogue_listing", Long.class);
		report.add(String.format(Locale.ROOT, "catalogue: %,d products published (of %,d sellers) in %.1f s", listed,
				jdbc.queryForObject("select count(distinct participant_id) from catalogue_listing", Long.class),
				(System.nanoTime() - start) / 1e9));
		return report;
	}

}
