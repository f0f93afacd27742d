package id.jakpreneur.portal.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntFunction;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.dashboard.domain.SummaryRefresh;
import id.jakpreneur.portal.dashboard.query.DashboardFilter;
import id.jakpreneur.portal.dashboard.query.DashboardQueries;
import id.jakpreneur.portal.support.BenchmarkDatabase;
import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PortalWebTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The province dashboard over 1,000,000 participants, 5,000,000 timeline events and 5,000 mentors, measured
 * server-side (the whole request: security, the summary queries, the tables, the view) through MockMvc, with every
 * kind of filter. Run:
 * {@code ./mvnw test -Dtest.excludedGroups= -Dgroups=benchmark -Dtest=DashboardBenchmark}; add
 * {@code -Ddev.embedded-postgres.data-dir=target/benchmark-db} to keep the generated database for the next run.
 * Figures go to the console and to target/benchmark/dashboard.txt.
 */
@Tag("benchmark")
@PortalWebTest
@TestPropertySource(properties = { "spring.thymeleaf.cache=true", BenchmarkDatabase.NO_WEB_LIMITS })
class DashboardBenchmark {

	static final int PARTICIPANTS = Integer.getInteger("benchmark.participants", 1_000_000);

	static final int MENTORS = Integer.getInteger("benchmark.mentors", 5_000);

	static final int REQUESTS = Integer.getInteger("benchmark.requests", 100);

	static final double P95_LIMIT_MS = 300;

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SummaryRefresh refresh;

	@Autowired
	DashboardQueries queries;

	@Test
	void provinceDashboardAnswersUnder300MillisecondsAtP95WithAnyFilter() throws Exception {
		List<String> report = new ArrayList<>();
		long start = System.nanoTime();
		long added = ParticipantGenerator.fillUpTo(jdbc, PARTICIPANTS);
		report.add(String.format(Locale.ROOT, "participants: %,d (added %,d in %.1f s)",
				jdbc.queryForObject("select count(*) from participant", Long.class), added,
				(System.nanoTime() - start) / 1e9));
		report.addAll(TimelineGenerator.fill(jdbc, MENTORS));
		report.add(String.format(Locale.ROOT, "mentors: %,d", jdbc.queryForObject("select count(*) from mentor", Long.class)));

		start = System.nanoTime();
		refresh.refresh();
		report.add(String.format(Locale.ROOT, "summary refresh: %.1f s; rows: fact %,d, participant cube %,d (roll-up %,d), events %,d, event cube %,d (roll-up %,d), mentors %,d",
				(System.nanoTime() - start) / 1e9, count("dashboard_fact"), count("dashboard_participant_cube"),
				count("dashboard_participant_rollup"), count("dashboard_event"), count("dashboard_event_cube"),
				count("dashboard_event_rollup"), count("dashboard_mentor")));

		for (int i = 0; i < 10; i++) {
			queries.load(DashboardFilter.province());
		}
		start = System.nanoTime();
		for (int i = 0; i < 20; i++) {
			queries.load(DashboardFilter.province());
		}
		report.add(String.format(Locale.ROOT, "queries alone, no filter: %.1f ms on average", (System.nanoTime() - start) / 20 / 1e6));

		if (Boolean.getBoolean("benchmark.profile")) {
			profile(report);
		}
		Random random = new Random(42);
		List<String> cities = jdbc.queryForList("select code from region where level = 'city' order by code", String.class);
		List<String> districts = jdbc.queryForList("select code from region where level = 'district' order by code", String.class);
		List<String> villages = jdbc.queryForList("select code from region where level = 'village' order by code", String.class);
		String[] sectors = { "KULINER", "FESYEN", "KRIYA" };
		String[] agencies = { "PPKUKM", "DINSOS", "PAREKRAF", "PPAPP", "KPKP" };
		String[] groups = { "JOB_SEEKER", "POOR_FAMILY", "DISABILITY" };
		String[] sizes = { "MIKRO", "KECIL", "MENENGAH" };
		report.add(measure("no filter", Role.ADMIN, i -> "/admin/dashboard"));
		report.add(measure("sector", Role.ADMIN, i -> "/admin/dashboard?sector=" + sectors[i % 3]));
		report.add(measure("agency", Role.ADMIN, i -> "/admin/dashboard?agency=" + agencies[i % 5]));
		report.add(measure("target group", Role.ADMIN, i -> "/admin/dashboard?group=" + groups[i % 3]));
		report.add(measure("size class", Role.ADMIN, i -> "/admin/dashboard?size=" + sizes[i % 3]));
		report.add(measure("year", Role.ADMIN, i -> "/admin/dashboard?year=" + (2020 + i % 7)));
		report.add(measure("kota", Role.ADMIN, i -> "/admin/dashboard?city=" + cities.get(i % cities.size())));
		report.add(measure("kecamatan", Role.ADMIN,
				i -> "/admin/dashboard?district=" + districts.get(random.nextInt(districts.size()))));
		report.add(measure("kelurahan", Role.ADMIN,
				i -> "/admin/dashboard?village=" + villages.get(random.nextInt(villages.size()))));
		report.add(measure("year + kota + sector + agency", Role.ADMIN, i -> "/admin/dashboard?year=" + (2020 + i % 7)
				+ "&city=" + cities.get(i % cities.size()) + "&sector=" + sectors[i % 3] + "&agency=" + agencies[i % 5]));
		report.add(measure("year + kecamatan + group + size", Role.ADMIN, i -> {
			String district = districts.get(random.nextInt(districts.size()));
			return "/admin/dashboard?year=" + (2020 + i % 7) + "&district=" + district + "&group=" + groups[i % 3]
					+ "&size=" + sizes[i % 3];
		}));
		report.add(measure("kelurahan + sector + group", Role.ADMIN, i -> "/admin/dashboard?village="
				+ villages.get(random.nextInt(villages.size())) + "&sector=KULINER&group=" + groups[i % 3]));
		report.add(measure("officer (Jakarta Pusat), no filter", Role.OFFICER, i -> "/officer/dashboard"));

		report.forEach(System.out::println);
		Files.createDirectories(Path.of("target", "benchmark"));
		Files.write(Path.of("target", "benchmark", "dashboard.txt"), report);
		assertThat(failures).isEmpty();
	}

	private final List<String> failures = new ArrayList<>();

	/** Samples the request thread's stack while the province page is served, to see where the time goes. */
	private void profile(List<String> report) throws Exception {
		var user = DemoUsers.as(accounts, Role.ADMIN);
		Thread me = Thread.currentThread();
		java.util.Map<String, Integer> top = new java.util.HashMap<>();
		java.util.Map<String, Integer> ours = new java.util.HashMap<>();
		java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean(true);
		Thread sampler = new Thread(() -> {
			while (running.get()) {
				StackTraceElement[] stack = me.getStackTrace();
				if (stack.length > 0) {
					top.merge(stack[0].getClassName() + "." + stack[0].getMethodName(), 1, Integer::sum);
					if (stack[0].getMethodName().equals("fillInStackTrace") || stack[0].getClassName().contains("ZipFile")) {
						StringBuilder who = new StringBuilder("thrown/zip by");
						int shown = 0;
						for (StackTraceElement e : stack) {
							if (!e.getClassName().startsWith("java.") && !e.getClassName().startsWith("jdk.") && shown++ < 6) {
								who.append(" < ").append(e.getClassName().replaceAll(".*\\.", "")).append('.').append(e.getMethodName());
							}
						}
						ours.merge(who.toString(), 1, Integer::sum);
					}
					for (StackTraceElement e : stack) {
						if (e.getClassName().startsWith("id.jakpreneur") || e.getClassName().startsWith("org.thymeleaf.spring6.processor")
								|| e.getClassName().startsWith("org.postgresql.jdbc.PgPreparedStatement")) {
							ours.merge(e.getClassName() + "." + e.getMethodName(), 1, Integer::sum);
							break;
						}
					}
				}
				try { Thread.sleep(5); } catch (InterruptedException e) { return; }
			}
		});
		sampler.start();
		for (int i = 0; i < 20; i++) {
			mvc.perform(get("/admin/dashboard").with(user)).andExpect(status().isOk());
		}
		running.set(false);
		sampler.join();
		top.entrySet().stream().sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed()).limit(15)
			.forEach(e -> report.add("top " + e.getValue() + " " + e.getKey()));
		ours.entrySet().stream().sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed()).limit(15)
			.forEach(e -> report.add("ours " + e.getValue() + " " + e.getKey()));
	}

	private long count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	private String measure(String label, Role role, IntFunction<String> url) throws Exception {
		ServerTimings.Figures figures = ServerTimings.measure(mvc, DemoUsers.as(accounts, role), url, 30, REQUESTS);
		String line = figures.line(label);
		System.out.println(line);
		if (figures.p95() >= P95_LIMIT_MS || figures.statements() > 10) {
			failures.add(line);
		}
		return line;
	}

}
