package id.jakpreneur.portal.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Published products for the catalogue benchmark (issue 21): {@code products} curated products (grade A or B, graded,
 * with listing terms) of validated participants spread over the register, four per business, each business with an
 * enabled login ({@code bench-penjual-<participant id>@bench.local} when it had none), an active PUBLIC_CATALOGUE
 * consent and a public profile, so every one of them is a row of {@code catalogue_listing}.
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
		// sellers spread over the whole register (each id a fixed point on a circle, as the catalogue's rotation does);
		// the catalogue shows only businesses with an enabled login, so those without one get it
		jdbc.execute("""
				create temporary table bench_seller as
				select p.id, p.sector, p.business_name, p.full_name, p.account_id
				from participant p
				where p.status = 'VALIDATED' and p.erased_at is null
				  and not exists (select 1 from outlet_product o where o.participant_id = p.id and o.packaging = '%s')
				  and (p.account_id is null or exists (select 1 from account a where a.id = p.account_id and a.enabled))
				order by (p.id * 2654435761) %% 4294967296
				limit %d
				""".formatted(MARK, sellers));
		jdbc.update("""
				insert into account (email, password_hash, full_name, role)
				select 'bench-penjual-' || s.id || '@bench.local', ?, s.full_name, 'ENTREPRENEUR'
				from bench_seller s where s.account_id is null
				on conflict (email) do nothing
				""", LoginAccounts.hash(jdbc));
		jdbc.update("""
				update participant p set account_id = a.id
				from bench_seller s join account a on a.email = 'bench-penjual-' || s.id || '@bench.local'
				where p.id = s.id and p.account_id is null
				""");
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
				from (select b.*, row_number() over (order by b.id) as rn from bench_seller b) s,
				     generate_series(1, ?) g
				""".formatted(PRODUCTS, KINDS), MARK, perSeller);
		// a verified, unexpired halal certificate for one seller in three: the "halal" mark filter has products to find
		jdbc.update("""
				insert into licence (participant_id, licence_type, status, state, licence_number, issued_on, expires_on,
				    recorded_by, verified_by, verified_at)
				select s.id, 'HALAL', 'ISSUED', 'VERIFIED', 'ID31' || s.id, current_date - 400, current_date + 1000,
				       a.id, a.id, now() - interval '300 days'
				from bench_seller s, (select id from account where email = ?) a
				where s.id % 3 = 0
				on conflict (participant_id, licence_type) do nothing
				""", LoginAccounts.admin(1));
		jdbc.execute("drop table bench_seller");
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
