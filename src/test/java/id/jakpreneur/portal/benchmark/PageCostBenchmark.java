package id.jakpreneur.portal.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.jakpreneur.portal.benchmark.PageLoad.Outcome;
import id.jakpreneur.portal.benchmark.Pages.Page;
import id.jakpreneur.portal.benchmark.PageLoad.User;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What a page costs as users meet it (issue 20, decision 113): the portal's production jar in a JVM of its own on a
 * real port, against an embedded PostgreSQL on a kept data directory holding {@code benchmark.participants}
 * participants (100,000 by default) with assessments, mentors and mentees, classes, bookings and reports
 * ({@link DataSet}); {@code benchmark.connections} users (16) each on its own keep-alive connection and session ask for
 * one page after another, a warm-up and then a measured time per page. One row per page (and size, and round):
 * requests/s, p50, p99, CPU of the portal's JVM, of all PostgreSQL processes and of the load driver per request (from
 * /proc over the measured time), SQL statements per request (pg_stat_statements). {@link #SIZES} compares sizes back to
 * back in one run. Run (docs/performance.md):
 * {@code ./mvnw -o -q test -Dtest.excludedGroups= -Dgroups=benchmark -Dtest=PageCostBenchmark
 * -Dbenchmark.data-dir=/work/benchdata/100k-copy -Dbenchmark.participants=100000}. The table goes to the console and to
 * target/benchmark/page-cost.md.
 */
@Tag("benchmark")
class PageCostBenchmark {

	static final int PARTICIPANTS = Integer.getInteger("benchmark.participants", 100_000);

	static final int CONNECTIONS = Integer.getInteger("benchmark.connections", 16);

	static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("benchmark.warmup-seconds", 10));

	static final Duration MEASURED = Duration.ofSeconds(Integer.getInteger("benchmark.seconds", 20));

	/**
	 * At most this long after the warm-up, the load goes on in 10 s rounds until the JIT compiler threads took less
	 * than {@link #SETTLED} of the JVM's CPU in a round: on two busy cores the compiler is still working through its
	 * queue minutes after start, and its CPU would count as the page's (0, the default: no rounds).
	 */
	static final Duration SETTLE = Duration.ofSeconds(Integer.getInteger("benchmark.jit-settle-seconds", 0));

	static final double SETTLED = 0.05;

	/**
	 * {@code -Dbenchmark.sizes=100000:/work/benchdata/100k-x:/work/benchdata/100k,1000000:/work/benchdata/1m-x:/work/benchdata/1m}
	 * (participants:data-dir[:copy-from[:jar]], comma-separated): one portal per entry, all started at once, each page
	 * measured on one after the other in every round ({@code benchmark.rounds}, 1), so that sizes, or builds (an entry's
	 * jar, named in the table by the directory above its target/), are compared back to back on a machine whose speed
	 * drifts. Without it, the one size of {@code benchmark.participants}.
	 */
	static final String SIZES = System.getProperty("benchmark.sizes", "");

	static final int ROUNDS = Integer.getInteger("benchmark.rounds", 1);

	/** One portal under test with its data and the pages asked of it. */
	private record Subject(int participants, String build, PortalUnderTest portal, List<Page> pages) {

		String label() {
			return String.format(Locale.ROOT, "%,d", participants) + (build.isEmpty() ? "" : " (" + build + ")");
		}

	}

	@Test
	void measuresWhatEveryPageCosts() throws Exception {
		Path out = Path.of("target", "benchmark");
		List<String> lines = new ArrayList<>();
		lines.add("# Page cost (issue 20)");
		lines.add("");
		lines.add("- date: " + OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
		lines.add("- " + CONNECTIONS + " connections; per page a warm-up of " + WARM_UP.toSeconds() + " s"
				+ (SETTLE.isZero() ? "" : ", then on until the JIT compiler took under 5 % of the JVM's CPU for 10 s (at most "
						+ SETTLE.toSeconds() + " s more)")
				+ ", then " + MEASURED.toSeconds() + " s measured; " + ROUNDS + " round(s)"
				+ "; " + Runtime.getRuntime().availableProcessors() + " CPUs");
		List<Subject> subjects = new ArrayList<>();
		List<PortalUnderTest> started = new ArrayList<>();
		try {
			for (String size : SIZES.isBlank() ? List.of("") : List.of(SIZES.split(","))) {
				String[] parts = size.trim().split(":");
				int participants = size.isBlank() ? PARTICIPANTS : Integer.parseInt(parts[0]);
				Path dataDir = size.isBlank() ? DataSet.directory(participants)
						: DataSet.directory(Path.of(parts[1]), parts.length > 2 && !parts[2].isEmpty() ? parts[2] : null);
				String jar = parts.length > 3 ? parts[3] : null;
				String build = jar == null ? "" : Path.of(jar).toAbsolutePath().getParent().getParent().getFileName().toString();
				List<String> portalCommand = PortalUnderTest.command(jar);
				PortalUnderTest portal = PortalUnderTest.start(dataDir, portalCommand, out.resolve(SIZES.isBlank()
						? "portal.log" : "portal-" + participants + (build.isEmpty() ? "" : "-" + build) + ".log"));
				started.add(portal);
				DataSet data = DataSet.prepare(portal, participants);
				Subject subject = new Subject(participants, build, portal, Pages.chosen(data, CONNECTIONS));
				subjects.add(subject);
				lines.add("- " + subject.label() + ": `" + String.join(" ", portalCommand) + "` on " + dataDir
						+ "; generation: " + String.join("; ", data.generation()));
			}
			lines.add("");
			lines.add("| page | participants | requests/s | p50 ms | p99 ms | JVM CPU ms/request | of which JIT compiler "
					+ "| PostgreSQL CPU ms/request | load driver CPU ms/request | SQL statements/request | errors |");
			lines.add("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
			for (Subject subject : subjects) {
				lines.add(idle(subject));
			}
			List<String> failures = new ArrayList<>();
			int pages = subjects.get(0).pages().size();
			for (int p = 0; p < pages; p++) {
				for (int round = 1; round <= ROUNDS; round++) {
					for (Subject subject : subjects) {
						Page page = subject.pages().get(p);
						String row = measure(subject, page, round == 1, failures);
						System.out.println(row);
						lines.add(row);
					}
				}
			}
			lines.add("");
			lines.add("CPU from /proc/<pid>/stat (utime+stime, 10 ms ticks) of the portal's JVM and of the postmaster with"
					+ " all its children, over each page's measured time, divided by the requests served (the JIT compiler:"
					+ " the JVM's C1 and C2 compiler threads, already in the JVM's figure; the load driver: this test's JVM,"
					+ " on the same cores); SQL statements"
					+ " from pg_stat_statements (calls, utility statements not tracked), background jobs included.");
			failures.forEach(failure -> lines.add("- ERRORS " + failure));
			Files.createDirectories(out);
			Files.write(out.resolve("page-cost.md"), lines);
			lines.forEach(System.out::println);
			assertThat(failures).as("pages that answered with an error or not at all").isEmpty();
		}
		finally {
			for (PortalUnderTest portal : started) {
				portal.close();
			}
		}
	}

	/** Warms the page up (and lets the JIT settle when {@code settle}), then measures it: one table row. */
	private static String measure(Subject subject, Page page, boolean settle, List<String> failures) throws Exception {
		PortalUnderTest portal = subject.portal();
		List<User> users = page.users(portal.baseUrl());
		PageLoad.run(users, page.paths(), page.behindLogin(), WARM_UP);
		if (settle) {
			settle(portal, users, page);
		}
		long driver0 = ProcStat.ticks(ProcessHandle.current().pid(), false);
		long jit0 = portal.compilerTicks();
		long jvm0 = portal.portalTicks();
		long pg0 = portal.postgresTicks();
		long sql0 = statements(portal);
		Outcome outcome = PageLoad.run(users, page.paths(), page.behindLogin(), MEASURED);
		long jvm = portal.portalTicks() - jvm0;
		long jit = portal.compilerTicks() - jit0;
		long pg = portal.postgresTicks() - pg0;
		long driver = ProcStat.ticks(ProcessHandle.current().pid(), false) - driver0;
		long sql = statements(portal) - sql0;
		long requests = outcome.nanos().length;
		if (outcome.errors() > 0 || requests == 0) {
			failures.add(page.name() + " at " + subject.label() + ": " + outcome.errors() + " errors, first "
					+ outcome.firstError());
		}
		return String.format(Locale.ROOT, "| %s | %s | %,.0f | %.1f | %.1f | %.2f | %.2f | %.2f | %.2f | %s | %d |",
				page.name(), subject.label(), outcome.requestsPerSecond(), outcome.percentileMillis(0.50),
				outcome.percentileMillis(0.99), perRequest(jvm, requests), perRequest(jit, requests),
				perRequest(pg, requests), perRequest(driver, requests),
				sql < 0 ? "n/a" : String.format(Locale.ROOT, "%.1f", (double) sql / Math.max(1, requests)),
				outcome.errors());
	}

	/** Goes on with the page's load in 10 s rounds while the JIT compiler is busy, for at most {@link #SETTLE}. */
	private static void settle(PortalUnderTest portal, List<User> users, Page page) throws Exception {
		long deadline = System.nanoTime() + SETTLE.toNanos();
		while (System.nanoTime() < deadline) {
			long jit0 = portal.compilerTicks();
			long jvm0 = portal.portalTicks();
			PageLoad.run(users, page.paths(), page.behindLogin(), Duration.ofSeconds(10));
			long jvm = portal.portalTicks() - jvm0;
			if (portal.compilerTicks() - jit0 < SETTLED * jvm) {
				return;
			}
		}
	}

	/**
	 * What the portal and PostgreSQL spend with no request at all (background jobs, pool upkeep), per second, over
	 * {@code benchmark.idle-seconds} (5): a page's figures include this much times its seconds per request.
	 */
	private static String idle(Subject subject) {
		PortalUnderTest portal = subject.portal();
		int seconds = Integer.getInteger("benchmark.idle-seconds", 5);
		long jvm0 = portal.portalTicks();
		long pg0 = portal.postgresTicks();
		long start = System.nanoTime();
		PortalUnderTest.sleep(seconds * 1000L);
		double elapsed = (System.nanoTime() - start) / 1e9;
		String row = String.format(Locale.ROOT, "| idle, no requests (CPU ms per second) | %s | 0 | | | %.1f | | %.1f | | | |",
				subject.label(),
				(portal.portalTicks() - jvm0) * 1000.0 / ProcStat.TICKS_PER_SECOND / elapsed,
				(portal.postgresTicks() - pg0) * 1000.0 / ProcStat.TICKS_PER_SECOND / elapsed);
		System.out.println(row);
		return row;
	}

	private static double perRequest(long ticks, long requests) {
		return ticks * 1000.0 / ProcStat.TICKS_PER_SECOND / Math.max(1, requests);
	}

	/** Statements the portal's database has run (pg_stat_statements), or -1 when the extension is not there. */
	private static long statements(PortalUnderTest portal) {
		try (Connection connection = DriverManager.getConnection(
				"jdbc:postgresql://localhost:" + portal.postgres.getPort() + "/" + DataSet.STATISTICS_DATABASE, "postgres", "");
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("""
						select coalesce(sum(calls), 0) from pg_stat_statements
						where dbid = (select oid from pg_database where datname = 'postgres')""")) {
			result.next();
			return result.getLong(1);
		}
		catch (java.sql.SQLException ex) {
			return -1;
		}
	}

}
