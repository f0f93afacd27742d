package id.jakpreneur.portal.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.assessment.domain.BulkReassessment;
import id.jakpreneur.portal.assessment.policy.PhaseAssessmentPolicy;
import id.jakpreneur.portal.assessment.query.BulkJob;
import id.jakpreneur.portal.assessment.query.BulkJobQueries;
import id.jakpreneur.portal.support.BenchmarkDatabase;
import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PortalHttpClient;
import id.jakpreneur.portal.support.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bulk re-assessment of a million businesses in PostgreSQL, while the demo entrepreneur keeps loading {@code /me}
 * on a real server. The businesses are generated in SQL (random bytes where NIK and KK are encrypted, a unique
 * hash per row), each with an assessment made by an older policy version that found every step but P1 needed, so
 * the new policy changes several steps of most of them. A first job over 20,000 businesses warms the portal up, as
 * a portal in service is, and is not measured. Run on its own (about 10 minutes with the generation):
 * {@code ./mvnw test -Dtest.excludedGroups= -Dgroups=benchmark -Dtest=BulkReassessmentBenchmarkTests}; set
 * {@code -Dbenchmark.businesses=100000} for a quicker run.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = BenchmarkDatabase.NO_WEB_LIMITS)
// the real PostgreSQL of the tests, without the query counting of @PostgresTest: the portal as it runs in service
@Import(TestDatabase.class)
class BulkReassessmentBenchmarkTests {

	private static final int BUSINESSES = Integer.getInteger("benchmark.businesses", 1_000_000);

	private static final Duration LIMIT = Duration.ofMinutes(2);

	/** Businesses re-assessed by the job that warms the portal up and is not measured. */
	private static final int WARM_UP = Integer.getInteger("benchmark.warmUp", 20_000);

	/** Requests to /me that warm the portal up. */
	private static final int WARM_UP_REQUESTS = Integer.getInteger("benchmark.warmUpRequests", 1500);

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	BulkReassessment bulk;

	@Autowired
	BulkJobQueries jobs;

	@Autowired
	AccountManagement accounts;

	@Test
	void reassessesAMillionBusinessesInUnderTwoMinutesWhileMeKeepsAnswering() throws Exception {
		PortalUser admin = FreshParticipants.demo(accounts, Role.ADMIN);
		PortalHttpClient client = new PortalHttpClient(port);
		assertThat(client.login(DemoUsers.emailOf(Role.ENTREPRENEUR), DemoUsers.PASSWORD)).endsWith("/me");
		// a portal in service has run its code many times before an administrator starts a job: warm it up first,
		// with a job over a few businesses and the entrepreneur's page loaded as often as a busy hour would
		generate(admin.accountId(), WARM_UP);
		long warmUpStart = System.nanoTime();
		awaitEnd(bulk.start(admin));
		sampleMe(client, WARM_UP_REQUESTS);
		System.out.printf("BENCHMARK warm-up: a job over %,d businesses, then %,d requests to /me, took %.1f s%n",
				WARM_UP, WARM_UP_REQUESTS, (System.nanoTime() - warmUpStart) / 1e9);

		long generationStart = System.nanoTime();
		generate(admin.accountId(), BUSINESSES);
		System.out.printf("BENCHMARK generated %,d businesses with outdated assessments in %.1f s%n", BUSINESSES,
				(System.nanoTime() - generationStart) / 1e9);
		List<Long> idle = sampleMe(client, 20);

		jdbc.execute("select pg_stat_reset_shared('wal')");
		jdbc.execute("select pg_stat_reset()");
		long checkpointsBefore = checkpoints();
		boolean profiled = startStatementProfile();
		Duration portalCpu = portalCpu();
		Duration postgresCpu = postgresCpu();
		Map<String, Long> cpuBefore = CpuByThread.snapshot();
		long start = System.nanoTime();
		long jobId = bulk.start(admin);
		Visitor visitor = new Visitor(client);
		BulkJob job = awaitEnd(jobId);
		double seconds = (System.nanoTime() - start) / 1e9;
		portalCpu = portalCpu().minus(portalCpu);
		postgresCpu = postgresCpu().minus(postgresCpu);
		String cpuByThread = CpuByThread.difference(cpuBefore, CpuByThread.snapshot());
		visitor.stop();
		List<Long> during = visitor.millis;
		List<Integer> statuses = visitor.statuses;

		System.out.printf("BENCHMARK bulk re-assessment: %,d of %,d participants in %.1f s (%,.0f per second), "
				+ "status %s%n", job.processed(), job.total(), seconds, job.processed() / seconds, job.status());
		System.out.printf("BENCHMARK CPU during the job: portal JVM %.1f s, PostgreSQL processes %.1f s%n",
				portalCpu.toMillis() / 1e3, postgresCpu.toMillis() / 1e3);
		cpuByThread.lines().limit(25).forEach(line -> System.out.println("BENCHMARK cpu " + line));
		System.out.printf("BENCHMARK GET /me while idle: %s%n", summary(idle));
		System.out.printf("BENCHMARK GET /me during the job: %s, %d answers, statuses %s%n", summary(during),
				during.size(), statuses.stream().distinct().toList());

		Map<String, Object> wal = jdbc.queryForMap("select wal_records, wal_fpi, wal_bytes / 1048576 as mb from pg_stat_wal");
		System.out.printf("BENCHMARK WAL during the job: %,d records, %,d full-page images, %,d MB; %d checkpoint(s)%n",
				wal.get("wal_records"), wal.get("wal_fpi"), ((Number) wal.get("mb")).longValue(),
				checkpoints() - checkpointsBefore);
		printTableWrites();
		if (profiled) {
			printStatementProfile();
		}

		assertThat(job.status()).isEqualTo(BulkJob.Status.DONE);
		assertThat(job.total()).isGreaterThanOrEqualTo(BUSINESSES);
		assertThat(job.processed()).isEqualTo(job.total());
		assertThat(seconds).isLessThan(LIMIT.toSeconds());
		assertThat(statuses).isNotEmpty().containsOnly(200);
		assertThat(percentile(during, 95)).as("p95 of /me during the job, ms").isLessThan(1000);
		assertThat(jdbc.queryForObject("select count(*) from assessment_current where policy_version <> ?",
				Integer.class, PhaseAssessmentPolicy.VERSION)).isZero();
	}

	/** The demo entrepreneur loading {@code /me} every 100 ms on a thread of its own, until stopped. */
	private static final class Visitor {

		final List<Long> millis = Collections.synchronizedList(new ArrayList<>());

		final List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());

		private final AtomicBoolean done = new AtomicBoolean();

		private final Thread thread;

		Visitor(PortalHttpClient client) {
			thread = new Thread(() -> {
				while (!done.get()) {
					try {
						long start = System.nanoTime();
						HttpResponse<String> response = client.get("/me");
						millis.add((System.nanoTime() - start) / 1_000_000);
						statuses.add(response.statusCode());
						Thread.sleep(100);
					}
					catch (Exception ex) {
						statuses.add(-1);
					}
				}
			}, "benchmark-me-visitor");
			thread.start();
		}

		void stop() throws InterruptedException {
			done.set(true);
			thread.join();
		}

	}

	/** CPU time of this JVM (the portal, the job's workers, the benchmark's own client). */
	private static Duration portalCpu() {
		return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
	}

	/** CPU time of the PostgreSQL processes that are running now (server, background workers, connections). */
	private static Duration postgresCpu() {
		return ProcessHandle.allProcesses()
			.filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
			.map(p -> p.info().totalCpuDuration().orElse(Duration.ZERO))
			.reduce(Duration.ZERO, Duration::plus);
	}

	private long checkpoints() {
		return jdbc.queryForObject("select num_timed + num_requested from pg_stat_checkpointer", Long.class);
	}

	/** With {@code -Dembedded-postgres.config.shared_preload_libraries=pg_stat_statements}: counts from here on. */
	private boolean startStatementProfile() {
		if (!jdbc.queryForObject("show shared_preload_libraries", String.class).contains("pg_stat_statements")) {
			return false;
		}
		jdbc.execute("create extension if not exists pg_stat_statements");
		jdbc.execute("select pg_stat_statements_reset()");
		return true;
	}

	/** The statements that took the server's time during the job, with the pages they dirtied and their WAL. */
	private void printStatementProfile() {
		jdbc.query("""
				select total_exec_time / 1000, calls, rows, shared_blks_dirtied, wal_bytes / 1048576,
				  regexp_replace(left(query, 110), '\\s+', ' ', 'g')
				from pg_stat_statements order by total_exec_time desc limit 15
				""", rs -> {
			System.out.printf("BENCHMARK sql %7.1f s %8d calls %9d rows %8d dirtied %6d MB WAL  %s%n", rs.getDouble(1),
					rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getString(6));
		});
	}

	/** The rows each table gained and changed during the job, and how many changes stayed on their page (HOT). */
	private void printTableWrites() {
		jdbc.query("""
				select relname, n_tup_ins, n_tup_upd, n_tup_hot_upd from pg_stat_user_tables
				where n_tup_ins + n_tup_upd > 0 order by n_tup_ins + n_tup_upd desc
				""", rs -> {
			System.out.printf("BENCHMARK table %-28s %,10d inserted %,10d updated (%,d on their page)%n",
					rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
		});
	}

	/** The job once it ended, or as it is after 10 minutes. */
	private BulkJob awaitEnd(long jobId) throws InterruptedException {
		long start = System.nanoTime();
		BulkJob job = jobs.job(jobId).orElseThrow();
		while (job.running() && System.nanoTime() - start < Duration.ofMinutes(10).toNanos()) {
			Thread.sleep(250);
			job = jobs.job(jobId).orElseThrow();
		}
		return job;
	}

	private static List<Long> sampleMe(PortalHttpClient client, int times) throws Exception {
		List<Long> millis = new ArrayList<>();
		for (int i = 0; i < times; i++) {
			long start = System.nanoTime();
			assertThat(client.get("/me").statusCode()).isEqualTo(200);
			millis.add((System.nanoTime() - start) / 1_000_000);
		}
		return millis;
	}

	private static String summary(List<Long> millis) {
		return "p50 %d ms, p95 %d ms, max %d ms".formatted(percentile(millis, 50), percentile(millis, 95),
				percentile(millis, 100));
	}

	private static long percentile(List<Long> values, int percent) {
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		if (sorted.isEmpty()) {
			return 0;
		}
		int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
	}

	/** A million participants with channels, licences and an assessment by an older policy, all in SQL. */
	private void generate(long registeredBy, int businesses) {
		long first = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from participant", Long.class);
		jdbc.update("""
				insert into participant (full_name, nik_encrypted, nik_hash, nik_masked, kk_encrypted, kk_masked, gender,
				  birth_date, phone, address, village_code, district_code, city_code, fostering_agency, status, channel,
				  registered_by, business_stage, business_name, sector, products, started_on, capital, monthly_sales,
				  employees, keeps_books, had_credit)
				select 'Peserta ' || g, decode(md5(random()::text), 'hex'), sha256(('benchmark-' || (? + g))::bytea),
				  '3171**********' || lpad((g % 100)::text, 2, '0'), decode(md5(random()::text), 'hex'),
				  '3171**********04', case when g % 2 = 0 then 'MALE' else 'FEMALE' end, date '1970-01-01' + g % 12000,
				  '+62812' || lpad((g % 100000000)::text, 8, '0'), 'Jl. Contoh No. ' || g % 200,
				  v.codes[1 + g % array_length(v.codes, 1)], left(v.codes[1 + g % array_length(v.codes, 1)], 8),
				  left(v.codes[1 + g % array_length(v.codes, 1)], 5),
				  case g % 10 when 0 then 'PPAPP' when 1 then 'DINSOS' when 2 then 'PAREKRAF' else 'PPKUKM' end,
				  'VALIDATED', 'ONLINE', ?, case when g % 8 = 0 then 'IDEA' else 'RUNNING' end, 'Usaha ' || g,
				  (array['KULINER','KULINER','KULINER','KULINER','FESYEN','KRIYA','JASA','AGRIBISNIS'])[1 + g % 8],
				  'Produk ' || g, case when g % 8 = 0 then null else current_date - (20 + g % 2500) end,
				  (g % 50) * 1000000, (g % 40) * 1000000, g % 6, g % 3 = 0, g % 7 = 0
				from generate_series(1, ?) g,
				  (select array_agg(code order by code) as codes from region where level = 'village') v
				""", first, registeredBy, businesses);
		jdbc.update("""
				insert into participant_channel (participant_id, channel)
				select id, 'OFFLINE' from participant where id >= ?
				union all select id, 'SOCIAL_MEDIA' from participant where id >= ? and id % 2 = 0
				union all select id, 'MARKETPLACE' from participant where id >= ? and id % 5 = 0
				""", first, first, first);
		jdbc.update("""
				insert into participant_licence (participant_id, licence_type, licence_number)
				select id, 'NIB', lpad((9120000000000 + id)::text, 13, '0') from participant where id >= ? and id % 3 <> 0
				union all select id, 'SPP_IRT', 'P-IRT ' || id from participant where id >= ? and id % 4 = 0
				""", first, first);
		jdbc.update("""
				insert into assessment (participant_id, assessed_at, assessed_on, assessor_role, source, stage,
				  running_since, sector, sells_regularly, monthly_sales, capital, employees, licences, has_packaging,
				  has_label, knows_shelf_life, channels, keeps_books, separates_money, had_credit, has_digital_presence,
				  main_obstacle, completed_steps, policy_version, phase, size_class, track, priority, naik_kelas,
				  regressed, steps, reasons)
				select p.id, now() - interval '90 days', current_date - 90, 'SYSTEM', 'POLICY_CHANGE', p.business_stage,
				  p.started_on, p.sector, p.monthly_sales > 0 and p.business_stage = 'RUNNING', p.monthly_sales,
				  p.capital, p.employees,
				  case when p.id % 3 <> 0 then json_build_object('NIB', lpad((9120000000000 + p.id)::text, 13, '0'))::json
				    else '{}'::json end,
				  p.id % 2 = 0, p.id % 4 = 0, p.id % 3 = 0,
				  case when p.id % 2 = 0 then '{OFFLINE,SOCIAL_MEDIA}'::text[] else '{OFFLINE}'::text[] end,
				  p.keeps_books, p.id % 5 = 0, p.had_credit, p.id % 2 = 0,
				  (array['NONE','CAPITAL','MARKETING','LICENSING','PRODUCTION','BOOKKEEPING'])[1 + p.id % 6],
				  '{}', '2025.9', case when p.business_stage = 'IDEA' then 'IDEA' else 'EARLY' end, 'MIKRO',
				  'LEGALITY_AND_STANDARDS', 'MEDIUM', false, false,
				  '[{"step":"P1","status":"COMPLETED","evidence":null},{"step":"P2","status":"NEEDED","evidence":null},
				    {"step":"P3","status":"NEEDED","evidence":null},{"step":"P4","status":"NEEDED","evidence":null},
				    {"step":"P5","status":"NEEDED","evidence":null},{"step":"P6","status":"NEEDED","evidence":null},
				    {"step":"P7","status":"NEEDED","evidence":null}]'::json,
				  '[{"rule":"phase.early","key":"assessment.reason.phaseEarlyNotSellingRegularly","args":[]}]'::json
				from participant p where p.id >= ?
				""", first);
		jdbc.update("""
				insert into assessment_current (participant_id, assessment_id, phase, track, priority, policy_version,
				  assessed_at, waiting_since, step_status, step_since)
				select a.participant_id, a.id, a.phase, a.track, a.priority, a.policy_version, a.assessed_at, a.assessed_at,
				  '{COMPLETED,NEEDED,NEEDED,NEEDED,NEEDED,NEEDED,NEEDED}', array_fill(a.assessed_at, array[7])
				from assessment a where a.participant_id >= ?
				""", first);
		// settle the generated rows as a long-running database would have them: vacuumed, with statistics
		jdbc.execute("vacuum (analyze) participant, participant_channel, participant_licence, assessment, "
				+ "assessment_current");
	}

}
