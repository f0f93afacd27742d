package id.jakpreneur.portal.benchmark;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Loads generated participants straight into PostgreSQL with one INSERT ... SELECT over generate_series: names
 * from common Indonesian first and family names, spread over all 267 kelurahan, sectors weighted like the real
 * programme (about 80% kuliner). The encrypted columns hold random bytes: benchmarks never decrypt them.
 */
public final class ParticipantGenerator {

	private static final String FIRST_NAMES = "'Siti','Ahmad','Dewi','Budi','Agus','Rina','Sri','Eko','Nur','Wati',"
			+ "'Yuni','Hendra','Rudi','Lestari','Indah','Fajar','Rizki','Putri','Dian','Andi','Ani','Bambang',"
			+ "'Cahya','Dedi','Endang','Fitri','Gita','Hadi','Ika','Joko','Kartini','Lina','Maya','Nanda','Oki',"
			+ "'Purnama','Ratna','Sari','Tuti','Umar','Vina','Wahyu','Yanti','Zainal','Asep','Bayu','Citra',"
			+ "'Dodi','Erna','Farid','Gilang','Hesti','Imam','Jihan','Kiki','Lukman','Mega','Novi','Oka','Yusuf'";

	private static final String FAMILY_NAMES = "'Rahmawati','Santoso','Wijaya','Saputra','Hidayat','Kurniawan',"
			+ "'Pratama','Siregar','Nasution','Lubis','Hasibuan','Simanjuntak','Gunawan','Setiawan','Susanto',"
			+ "'Halim','Permana','Nugroho','Utami','Wulandari','Anggraini','Maharani','Purnomo','Sembiring',"
			+ "'Tambunan','Harahap','Effendi','Firmansyah','Ramadhan','Syahputra','Lestari','Handayani','Sihombing'";

	private ParticipantGenerator() {
	}

	/** Adds participants until the table holds at least {@code total}; returns how many were added. */
	public static long fillUpTo(JdbcTemplate jdbc, long total) {
		Long existing = jdbc.queryForObject("select count(*) from participant", Long.class);
		long missing = total - existing;
		if (missing <= 0) {
			return 0;
		}
		Long registrar = jdbc.queryForObject("select min(id) from account where role = 'ADMIN'", Long.class);
		jdbc.execute("set local synchronous_commit = off");
		jdbc.update("""
				with v as (select array_agg(code order by code) as codes from region where level = 'village'),
				     f as (select array[%s] as names),
				     l as (select array[%s] as names)
				insert into participant (full_name, nik_encrypted, nik_hash, nik_masked, kk_encrypted, kk_masked,
				    gender, birth_date, phone, address, village_code, district_code, city_code, status, channel,
				    registered_by, registered_at, business_stage, business_name, sector, products, started_on,
				    capital, monthly_sales, employees, keeps_books, had_credit)
				select f.names[1 + (g * 7 + g / 13) %% array_length(f.names, 1)] || ' '
				         || l.names[1 + (g * 11 + g / 17) %% array_length(l.names, 1)],
				       decode(md5('nik' || g || random()), 'hex'), decode(md5('bench-nik-' || g || '-' || ?), 'hex'),
				       '3171**********' || lpad((g %% 100)::text, 2, '0'),
				       decode(md5('kk' || g), 'hex'), '3171**********' || lpad((g %% 97)::text, 2, '0'),
				       case when g %% 2 = 0 then 'FEMALE' else 'MALE' end,
				       date '1960-01-01' + (g %% 14000), '+62812' || lpad((g %% 100000000)::text, 8, '0'),
				       'Jl. Contoh No. ' || (g %% 200), v.codes[1 + g %% 267], left(v.codes[1 + g %% 267], 8),
				       left(v.codes[1 + g %% 267], 5),
				       case when g %% 10 < 2 then 'SUBMITTED' when g %% 10 = 2 then 'RETURNED' else 'VALIDATED' end,
				       case when g %% 7 = 0 then 'WALK_IN' else 'ONLINE' end, ?,
				       now() - ((g %% 2000) || ' hours')::interval,
				       case when g %% 5 = 0 then 'IDEA' else 'RUNNING' end, 'Usaha ' || g,
				       case when g %% 10 < 8 then 'KULINER' when g %% 10 = 8 then 'FESYEN' else 'KRIYA' end,
				       'Produk ' || g, case when g %% 5 = 0 then null else date '2015-01-01' + (g %% 3500) end,
				       (g %% 50) * 1000000, (g %% 30) * 1000000, g %% 6, g %% 3 = 0, g %% 11 = 0
				from generate_series(1, ?::int) g, v, f, l
				""".formatted(FIRST_NAMES, FAMILY_NAMES), System.nanoTime(), registrar, missing);
		jdbc.execute("analyze participant");
		return missing;
	}

}
