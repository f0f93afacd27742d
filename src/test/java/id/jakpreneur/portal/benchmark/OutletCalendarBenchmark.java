package id.jakpreneur.portal.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntFunction;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.support.BenchmarkDatabase;
import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PortalWebTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.context.TestPropertySource;

/**
 * The outlet calendar with 500 outlets, 5,000 places and two years of daily bookings (every place booked every day:
 * 3,650,000 bookings), measured server-side through MockMvc (security, SQL, Thymeleaf). Run:
 * {@code ./mvnw test -Dtest.excludedGroups= -Dgroups=benchmark -Dtest=OutletCalendarBenchmark}. Figures go to the
 * console and to target/benchmark/outlet-calendar.txt.
 */
@Tag("benchmark")
@PortalWebTest
@TestPropertySource(properties = BenchmarkDatabase.NO_WEB_LIMITS)
class OutletCalendarBenchmark {

	static final int OUTLETS = Integer.getInteger("benchmark.outlets", 500);

	static final int PLACES_PER_OUTLET = 10;

	static final int MONTHS = 24;

	static final int PARTICIPANTS = 2_000;

	static final int REQUESTS = 300;

	@Autowired
	MockMvc mvc;

	/** Every measurement runs, so a slow one does not hide the others' figures. */
	private final List<String> slow = new ArrayList<>();

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theOutletCalendarAnswersUnder100MillisecondsAtP95() throws Exception {
		List<String> report = new ArrayList<>();
		YearMonth first = YearMonth.now(ZoneId.of("Asia/Jakarta")).minusMonths(MONTHS / 2);
		long start = System.nanoTime();
		generate(first);
		report.add(String.format(Locale.ROOT, "generated in %.1f s: %,d outlets, %,d places, %,d calls, %,d bookings",
				(System.nanoTime() - start) / 1e9, count("outlet"), count("outlet_place"), count("outlet_call"),
				count("outlet_application")));

		List<Long> outletIds = jdbc.queryForList("select id from outlet where name like 'Gerai Tolok Ukur %' order by id",
				Long.class);
		Random random = new Random(7);
		report.add(measure("calendar: outlet x month (10 places x ~30 days)", i -> "/officer/outlets/"
				+ outletIds.get(random.nextInt(outletIds.size())) + "/calendar?month=" + first.plusMonths(random.nextInt(MONTHS))));
		report.add(measure("outlet page: places + 12 calls with utilisation", i -> "/officer/outlets/"
				+ outletIds.get(random.nextInt(outletIds.size()))));
		report.add(measure("outlet list (officer of Jakarta Pusat), page 1-20", i -> "/officer/outlets?page="
				+ random.nextInt(20)));
		report.forEach(System.out::println);
		Files.createDirectories(Path.of("target", "benchmark"));
		Files.write(Path.of("target", "benchmark", "outlet-calendar.txt"), report);
		assertThat(slow).as("requests over 100 ms at p95").isEmpty();
	}

	/** Everything in SQL: outlets in Jakarta Pusat, their places, monthly calls, and one booking per place and day. */
	private void generate(YearMonth first) {
		if (count("outlet_application") >= (long) OUTLETS * PLACES_PER_OUTLET * 700) {
			return; // a kept benchmark database (-Ddev.embedded-postgres.data-dir=...) already holds the data
		}
		ParticipantGenerator.fillUpTo(jdbc, PARTICIPANTS);
		long admin = jdbc.queryForObject("select id from account where email = 'admin@demo.local'", Long.class);
		jdbc.update("""
				insert into outlet_product (participant_id, name, sector, price, packaging, status, grade, grade_notes, graded_at)
				select p.id, 'Produk tolok ukur', 'KULINER', 15000, 'Kotak', 'GRADED', 'A', 'Tolok ukur', now()
				from participant p where not exists (select 1 from outlet_product x where x.participant_id = p.id)
				""");
		jdbc.execute("""
				create temporary table bench_pp as
				select (row_number() over (order by p.id) - 1)::int as idx, p.id as participant_id,
				       (select min(x.id) from outlet_product x where x.participant_id = p.id) as product_id
				from participant p order by p.id limit %d
				""".formatted(PARTICIPANTS));
		jdbc.execute("create index on bench_pp (idx)");
		String[] villages = jdbc.queryForList("select code from region where level = 'village' and code like '31.71.%'",
				String.class).toArray(String[]::new);
		jdbc.update("""
				insert into outlet (name, kind, address, village_code, district_code, city_code, opening_hours,
				  fee_per_period, revenue_share_percent, max_consecutive_periods, created_by)
				select 'Gerai Tolok Ukur ' || lpad(g::text, 4, '0'), 'BAZAAR', 'Jl. Tolok Ukur No. ' || g, v.code,
				       substr(v.code, 1, 8), substr(v.code, 1, 5), 'Setiap hari 08.00–20.00', 0, 10, 3, ?
				from generate_series(1, ?) g
				join lateral (select (?::text[])[1 + (g % array_length(?::text[], 1))] as code) v on true
				""", admin, OUTLETS, villages, villages);
		jdbc.update("""
				insert into outlet_place (outlet_id, code, kind, product_capacity)
				select o.id, 'L' || lpad(n::text, 2, '0'), 'STALL', 3
				from outlet o cross join generate_series(1, ?) n where o.name like 'Gerai Tolok Ukur %'
				""", PLACES_PER_OUTLET);
		jdbc.update("""
				insert into outlet_call (outlet_id, starts_on, ends_on, apply_until, confirm_days, created_by)
				select o.id, m::date, (m + interval '1 month' - interval '1 day')::date, m::date, 3, ?
				from outlet o cross join generate_series(?::date, ?::date, interval '1 month') m
				where o.name like 'Gerai Tolok Ukur %'
				""", admin, first.atDay(1), first.plusMonths(MONTHS - 1).atDay(1));
		List<Long> outlets = jdbc.queryForList("select id from outlet where name like 'Gerai Tolok Ukur %' order by id",
				Long.class);
		LocalDate from = first.atDay(1);
		// the bookings arrive as a restore would bring them: indexes and the exclusion constraint are dropped, the rows
		// inserted, then everything is rebuilt in one pass (the constraint checks all 3.65 million rows again)
		List<String> rebuild = jdbc.queryForList("""
				select 'alter table outlet_application add constraint ' || conname || ' ' || pg_get_constraintdef(oid)
				from pg_constraint where conrelid = 'outlet_application'::regclass and contype = 'x'
				union all
				select indexdef from pg_indexes where tablename = 'outlet_application'
				  and indexname not in (select conname from pg_constraint where conrelid = 'outlet_application'::regclass)
				""", String.class);
		jdbc.execute("alter table outlet_application drop constraint outlet_application_no_overlap");
		jdbc.queryForList("""
				select indexname from pg_indexes where tablename = 'outlet_application'
				  and indexname not in (select conname from pg_constraint where conrelid = 'outlet_application'::regclass)
				""", String.class).forEach(index -> jdbc.execute("drop index " + index));
		LocalDate to = first.plusMonths(MONTHS - 1).atEndOfMonth();
		for (int chunk = 0; chunk < outlets.size(); chunk += 50) {
			Long[] ids = outlets.subList(chunk, Math.min(outlets.size(), chunk + 50)).toArray(Long[]::new);
			jdbc.update("""
					insert into outlet_application (call_id, participant_id, product_id, status, applied_at, place_id,
					  period, allocated_by, offered_at, confirm_by, confirmed_at)
					select c.id, pp.participant_id, pp.product_id, 'CONFIRMED', c.starts_on - 20, pl.id,
					       daterange(d::date, d::date, '[]'), ?, c.starts_on - 10, c.starts_on - 7, c.starts_on - 8
					from outlet_place pl
					join generate_series(?::date, ?::date, interval '1 day') d on true
					join outlet_call c on c.outlet_id = pl.outlet_id and d::date between c.starts_on and c.ends_on
					join bench_pp pp on pp.idx = ((pl.outlet_id * 311 + (substr(pl.code, 2)::int) * 31
					     + extract(day from d)::int) %% ?)
					where pl.outlet_id = any (?)
					""".replace("%%", "%"), admin, from, to, PARTICIPANTS, ids);
		}
		rebuild.forEach(jdbc::execute);
		jdbc.execute("vacuum (analyze) outlet, outlet_place, outlet_call, outlet_application, participant");
	}

	private long count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	private String measure(String label, IntFunction<String> url) throws Exception {
		ServerTimings.Figures figures = ServerTimings.measure(mvc, DemoUsers.as(accounts, Role.OFFICER), url, 30, REQUESTS);
		if (figures.p95() >= 100.0) {
			slow.add(label);
		}
		assertThat(figures.statements()).as(label + " statements per request").isLessThanOrEqualTo(8);
		return figures.line(label);
	}

}
