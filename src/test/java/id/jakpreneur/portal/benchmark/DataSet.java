package id.jakpreneur.portal.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.jakpreneur.portal.catalogue.query.Slugs;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The data a page benchmark runs on, generated into its PostgreSQL data directory once and then kept: participants
 * ({@link ParticipantGenerator}), their assessments, step statuses, phase changes, mentors, assignments and sessions
 * ({@link TimelineGenerator}), classes, bookings and reports ({@link ProgrammeGenerator}), published Katalog
 * products ({@link CatalogueGenerator}) and the logins
 * ({@link LoginAccounts}); every stage adds only what is missing, so an interrupted build resumes. The dashboard
 * summaries are rebuilt by the portal itself (its refresh button) when they are missing. The directory is
 * {@code -Dbenchmark.data-dir} (default target/benchmark-data/&lt;participants&gt;); {@code -Dbenchmark.copy-from=DIR}
 * first copies DIR there ({@code cp -a}) when it does not exist, so a kept set is never migrated by another build.
 */
final class DataSet {

	/** The database holding pg_stat_statements, beside the portal's (so the portal's schema stays as it is). */
	static final String STATISTICS_DATABASE = "benchstats";

	private static final String NOTES = "benchmark-generated.txt";

	private final List<String> generation;

	/** Per kota of {@link LoginAccounts#CITIES}: validated participants an officer there may open. */
	final Map<String, List<Long>> participantsByCity = new LinkedHashMap<>();

	/** Mentors' logins with the participants each mentors now. */
	final Map<String, List<Long>> menteesByMentor = new LinkedHashMap<>();

	/** Canonical paths of published Katalog products, spread over the whole catalogue. */
	final List<String> catalogueProducts = new ArrayList<>();

	/** Kecamatan codes with published products, for the Katalog's filtered searches. */
	final List<String> catalogueDistricts = new ArrayList<>();

	private DataSet(List<String> generation) {
		this.generation = generation;
	}

	List<String> generation() {
		return generation;
	}

	static Path directory(int participants) throws IOException, InterruptedException {
		return directory(Path.of(System.getProperty("benchmark.data-dir", "target/benchmark-data/" + participants)),
				System.getProperty("benchmark.copy-from"));
	}

	/** {@code dir}, first copied from {@code from} ({@code cp -a}) when it does not exist and {@code from} is given. */
	static Path directory(Path dir, String from) throws IOException, InterruptedException {
		dir = dir.toAbsolutePath();
		if (from != null && !Files.exists(dir)) {
			if (Files.exists(Path.of(from, "postmaster.pid"))) {
				throw new IllegalStateException(from + " is in use by a server: copy it when it is stopped");
			}
			Files.createDirectories(dir.getParent());
			Process copy = new ProcessBuilder("cp", "-a", from, dir.toString()).inheritIO().start();
			if (copy.waitFor() != 0) {
				throw new IllegalStateException("cp -a " + from + " " + dir + " failed");
			}
		}
		return dir;
	}

	static DataSet prepare(PortalUnderTest portal, int participants) throws Exception {
		String url = "jdbc:postgresql://localhost:" + portal.postgres.getPort() + "/postgres";
		SingleConnectionDataSource connection = new SingleConnectionDataSource(url, "postgres", "", true);
		try {
			JdbcTemplate jdbc = new JdbcTemplate(connection);
			DataSet data = new DataSet(generate(jdbc, participants, portal.dataDir));
			if (jdbc.queryForList("select 1 from pg_database where datname = ?", STATISTICS_DATABASE).isEmpty()) {
				jdbc.execute("create database " + STATISTICS_DATABASE);
			}
			try (SingleConnectionDataSource statistics = new SingleConnectionDataSource(
					url.replace("/postgres", "/" + STATISTICS_DATABASE), "postgres", "", true)) {
				new JdbcTemplate(statistics).execute("create extension if not exists pg_stat_statements");
			}
			refreshDashboards(jdbc, portal, data.generation);
			for (String city : LoginAccounts.CITIES) {
				data.participantsByCity.put(city, jdbc.queryForList("""
						select id from participant where city_code = ? and status = 'VALIDATED' and id % 7 = 3
						order by id limit 1000""", Long.class, city));
			}
			jdbc.query("""
					select a.email, array_agg(ma.participant_id order by ma.participant_id) as mentees
					from mentor m join account a on a.id = m.account_id
					join mentor_assignment ma on ma.mentor_id = m.id and ma.ended_at is null
					where a.email like 'bench-mentor-%@example.id'
					group by a.email, m.id order by m.id limit 200""", row -> {
				List<Long> mentees = new ArrayList<>();
				for (Object id : (Object[]) row.getArray("mentees").getArray()) {
					mentees.add(((Number) id).longValue());
				}
				data.menteesByMentor.put(row.getString("email"), mentees);
			});
			long published = jdbc.queryForObject("select count(*) from catalogue_listing", Long.class);
			jdbc.query("select product_id, name from catalogue_listing where product_id %% %d = 0 limit 2000"
				.formatted(Math.max(1, published / 2000)), row -> {
					data.catalogueProducts.add(Slugs.productPath(row.getLong("product_id"), row.getString("name")));
				});
			data.catalogueDistricts.addAll(jdbc.queryForList(
					"select district_code from catalogue_listing group by district_code order by count(*) desc limit 20",
					String.class));
			return data;
		}
		finally {
			connection.destroy();
		}
	}

	private static List<String> generate(JdbcTemplate jdbc, int participants, Path dataDir) throws IOException {
		List<String> report = new ArrayList<>();
		long start = System.nanoTime();
		LoginAccounts.addAdministrators(jdbc);
		long added = ParticipantGenerator.fillUpTo(jdbc, participants);
		report.add(String.format(Locale.ROOT, "participants %s", added == 0 ? "kept"
				: String.format(Locale.ROOT, "%,d added in %.1f s", added, (System.nanoTime() - start) / 1e9)));
		report.addAll(TimelineGenerator.fill(jdbc, Math.max(100, participants / 200)));
		report.addAll(ProgrammeGenerator.fill(jdbc, participants));
		report.addAll(CatalogueGenerator.fill(jdbc, catalogueProducts(participants)));
		LoginAccounts.addTheOthers(jdbc);
		boolean changed = report.stream().anyMatch(line -> !line.contains("kept") && !line.startsWith("timeline events"));
		if (changed) {
			long vacuum = System.nanoTime();
			jdbc.execute("vacuum (analyze)");
			jdbc.execute("checkpoint");
			report.add(String.format(Locale.ROOT, "vacuum analyze %.1f s", (System.nanoTime() - vacuum) / 1e9));
			report.add(String.format(Locale.ROOT, "generated in %.1f s in all", (System.nanoTime() - start) / 1e9));
			List<String> notes = new ArrayList<>();
			notes.add("generated " + Instant.now() + " for " + participants + " participants, schema up to Flyway "
					+ jdbc.queryForObject("select max(version::int) from flyway_schema_history where version is not null",
							Integer.class));
			notes.addAll(report);
			Files.write(dataDir.resolve(NOTES), notes, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
		return report;
	}

	/**
	 * Published Katalog products: one per ten participants (100,000 at 1,000,000, issue 21's size), or
	 * {@code -Dbenchmark.catalogue-products}.
	 */
	static int catalogueProducts(int participants) {
		return Integer.getInteger("benchmark.catalogue-products", participants / 10);
	}

	/** The portal rebuilds its dashboard summaries when it has none yet (or with -Dbenchmark.refresh-dashboard=true). */
	private static void refreshDashboards(JdbcTemplate jdbc, PortalUnderTest portal, List<String> report)
			throws Exception {
		List<Timestamp> last = jdbc.queryForList("select refreshed_at from dashboard_refresh", Timestamp.class);
		if (!last.isEmpty() && !Boolean.getBoolean("benchmark.refresh-dashboard")) {
			return;
		}
		Timestamp before = jdbc.queryForObject("select now()", Timestamp.class);
		long start = System.nanoTime();
		PageLoad.User.loggedIn(portal.baseUrl(), LoginAccounts.admin(1), LoginAccounts.PASSWORD)
			.post("/admin/dashboard", "/admin/dashboard/refresh");
		while (jdbc.queryForList("select 1 from dashboard_refresh where refreshed_at >= ?", before).isEmpty()) {
			if (System.nanoTime() - start > 45L * 60 * 1_000_000_000) {
				throw new IllegalStateException("the dashboard summaries were not rebuilt within 45 minutes");
			}
			PortalUnderTest.sleep(2000);
		}
		report.add(String.format(Locale.ROOT, "dashboard summaries rebuilt by the portal in %.1f s",
				(System.nanoTime() - start) / 1e9));
	}

}
