package id.jakpreneur.portal.benchmark;

import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rest of the programme around generated participants (after {@link ParticipantGenerator} and
 * {@link TimelineGenerator}), scaled to their number, each stage one set-based statement and skipped when its rows
 * are there: training classes (one per 200 participants, four sessions each) with a quarter of the participants
 * enrolled; curated products of one participant in fifty and one outlet per 4,000 participants, every place booked
 * every day for six months (three past, three to come); and monthly financial reports of a quarter of the
 * participants for the last six months (the latest waiting for verification).
 */
final class ProgrammeGenerator {

	private ProgrammeGenerator() {
	}

	/** Fills every stage that is still empty; returns a line per stage with its time. */
	static List<String> fill(JdbcTemplate jdbc, long participants) {
		long admin = jdbc.queryForObject("select min(id) from account where role = 'ADMIN'", Long.class);
		long classes = Math.max(20, participants / 200);
		long outlets = Math.max(10, participants / 4000);
		Stages stages = new Stages(jdbc);
		stages.run("training classes (" + classes + ", 4 sessions each)",
				"select count(*) from training_class where title like 'Kelas Uji %'", """
						insert into training_class (title, sector, city_code, district_code, online, capacity, min_sessions,
						    trainer_agency, created_by)
						select 'Kelas Uji ' || g, (array['KULINER','KULINER','KULINER','FESYEN','KRIYA'])[1 + g %% 5],
						       left(d.codes[1 + g %% array_length(d.codes, 1)], 5),
						       case when g %% 7 = 0 then null else d.codes[1 + g %% array_length(d.codes, 1)] end,
						       g %% 7 = 0, 60, 3, 'Dinas PPKUKM', %d
						from generate_series(1, %d) g,
						     (select array_agg(code order by code) as codes from region where level = 'district'
						      and code not like '31.01%%') d;
						insert into training_session (class_id, session_date, start_time, end_time, place)
						select c.id, current_date - 400 + ((c.id * 37) %% 460)::int + 7 * k, time '09:00', time '12:00',
						       case when c.online then 'Daring' else 'Aula Kecamatan' end
						from training_class c, generate_series(0, 3) k where c.title like 'Kelas Uji %%';
						""".formatted(admin, classes));
		stages.run("training enrolments (a quarter of the participants)",
				"select count(*) from training_enrolment", """
						insert into training_enrolment (class_id, participant_id, status, enrolled_by, created_at, seated_at)
						select c.ids[1 + (p.id / 4) %% array_length(c.ids, 1)], p.id, 'ENROLLED', %d,
						       now() - interval '400 days', now() - interval '400 days'
						from participant p,
						     (select array_agg(id order by id) as ids from training_class where title like 'Kelas Uji %%') c
						where p.id %% 4 = 0
						""".formatted(admin));
		stages.run("curated products (one participant in fifty)",
				"select count(*) from outlet_product where name = 'Produk uji beban'", """
						insert into outlet_product (participant_id, name, sector, price, packaging, status, grade,
						    grade_notes, graded_at)
						select p.id, 'Produk uji beban', p.sector, 15000 + (p.id %% 20) * 1000, 'Kotak', 'GRADED',
						       (array['A','B','B','C'])[1 + p.id %% 4], 'Uji beban', now() - interval '200 days'
						from participant p where p.id %% 50 = 0
						""".formatted());
		stages.run("outlets (" + outlets + ", 10 places, monthly calls)",
				"select count(*) from outlet where name like 'Gerai Uji Beban %'", """
						insert into outlet (name, kind, address, village_code, district_code, city_code, opening_hours,
						    fee_per_period, revenue_share_percent, max_consecutive_periods, created_by)
						select 'Gerai Uji Beban ' || lpad(g::text, 4, '0'), 'BAZAAR', 'Jl. Uji Beban No. ' || g,
						       v.codes[1 + g * 7 %% array_length(v.codes, 1)],
						       left(v.codes[1 + g * 7 %% array_length(v.codes, 1)], 8),
						       left(v.codes[1 + g * 7 %% array_length(v.codes, 1)], 5), 'Setiap hari 08.00-20.00', 0, 10, 3, %d
						from generate_series(1, %d) g,
						     (select array_agg(code order by code) as codes from region where level = 'village'
						      and code not like '31.01%%') v;
						insert into outlet_place (outlet_id, code, kind, product_capacity)
						select o.id, 'L' || lpad(n::text, 2, '0'), 'STALL', 3
						from outlet o cross join generate_series(1, 10) n where o.name like 'Gerai Uji Beban %%';
						-- announced already (fits_noticed_at): a server that has run for a while has told the eligible
						-- participants of every call; left null, the portal's call-notice job announces 50 calls every
						-- five minutes for over an hour after each start, 150 s at a time, inside the measurements
						insert into outlet_call (outlet_id, starts_on, ends_on, apply_until, confirm_days, created_by,
						                         fits_noticed_at)
						select o.id, m::date, (m + interval '1 month' - interval '1 day')::date, m::date, 3, %d, now()
						from outlet o cross join generate_series(date_trunc('month', current_date) - interval '3 months',
						    date_trunc('month', current_date) + interval '2 months', interval '1 month') m
						where o.name like 'Gerai Uji Beban %%';
						""".formatted(admin, outlets, admin));
		// within one call (an outlet's month) place * 31 + day is unique, so no participant books twice in a call; the
		// products are numbered in an indexed temporary table first, so each booking finds its product by key
		stages.run("outlet bookings (every place, every day)",
				"select count(*) from outlet_application a join outlet_call c on c.id = a.call_id join outlet o"
						+ " on o.id = c.outlet_id where o.name like 'Gerai Uji Beban %'", """
						create temporary table bench_product on commit drop as
						select (row_number() over (order by id) - 1)::int as idx, participant_id, id as product_id
						from outlet_product where name = 'Produk uji beban';
						alter table bench_product add primary key (idx);
						analyze bench_product;
						insert into outlet_application (call_id, participant_id, product_id, status, applied_at, place_id,
						    period, allocated_by, offered_at, confirm_by, confirmed_at)
						select c.id, pp.participant_id, pp.product_id, 'CONFIRMED', c.starts_on - 20, pl.id,
						       daterange(d::date, d::date, '[]'), %d, c.starts_on - 10, c.starts_on - 7, c.starts_on - 8
						from outlet_place pl
						join outlet o on o.id = pl.outlet_id and o.name like 'Gerai Uji Beban %%'
						join outlet_call c on c.outlet_id = pl.outlet_id
						join generate_series(c.starts_on, c.ends_on, interval '1 day') d on true
						join bench_product pp on pp.idx = ((pl.outlet_id * 311 + substr(pl.code, 2)::int * 31
						     + extract(day from d)::int) %% (select count(*) from bench_product))::int
						""".formatted(admin));
		stages.run("monthly reports (a quarter of the participants, 6 months)",
				"select count(*) from financial_report", """
						insert into financial_report (participant_id, report_month, sales, costs, employees, share_offline,
						    share_marketplace, share_social_media, share_reseller, filed_by, filed_at, status, verified_by,
						    verified_at)
						select p.id, m.month, 2000000 + (p.id * 7919 + k * 104729) %% 30000000,
						       1000000 + (p.id * 31 + k) %% 10000000, p.employees, 60, 20, 15, 5, %d, m.filed,
						       case when k = 1 then 'SUBMITTED' else 'VERIFIED' end,
						       case when k > 1 then %d end, case when k > 1 then m.filed + interval '2 days' end
						from participant p
						cross join generate_series(1, 6) k
						cross join lateral (select (date_trunc('month', current_date)::date - k * interval '1 month')::date as month,
						    (date_trunc('month', current_date)::date - (k - 1) * interval '1 month' + interval '1 hour')
						        at time zone 'Asia/Jakarta' as filed) m
						where p.id %% 4 = 1
						""".formatted(admin, admin));
		for (String table : List.of("training_class", "training_session", "training_enrolment", "outlet_product",
				"outlet", "outlet_place", "outlet_call", "outlet_application", "financial_report")) {
			jdbc.execute("analyze " + table);
		}
		return stages.report;
	}

	/** Runs a stage's statements unless its count query finds rows already; notes the time. */
	static final class Stages {

		final List<String> report = new java.util.ArrayList<>();

		private final JdbcTemplate jdbc;

		Stages(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		void run(String name, String countSql, String sql) {
			Long existing = jdbc.queryForObject(countSql, Long.class);
			if (existing != null && existing > 0) {
				report.add(String.format(Locale.ROOT, "%-55s kept (%,d rows)", name, existing));
				return;
			}
			long start = System.nanoTime();
			jdbc.execute("begin"); // a stage is all there or not at all, so an interrupted build resumes cleanly
			try {
				for (String statement : sql.split(";\\s*\\n")) {
					if (!statement.isBlank()) {
						jdbc.execute(statement);
					}
				}
				jdbc.execute("commit");
			}
			catch (RuntimeException ex) {
				jdbc.execute("rollback");
				throw ex;
			}
			report.add(String.format(Locale.ROOT, "%-55s %.1f s", name, (System.nanoTime() - start) / 1e9));
			System.out.println(report.get(report.size() - 1));
		}

	}

}
