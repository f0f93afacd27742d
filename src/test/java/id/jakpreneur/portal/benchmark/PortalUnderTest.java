package id.jakpreneur.portal.benchmark;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The portal as production runs it, in a JVM of its own on a free port, against an embedded PostgreSQL whose data
 * directory is kept between runs; and the CPU both have used, read from /proc. The portal is the production jar
 * ({@code target/jakpreneur-portal-*.jar}, or {@code -Dbenchmark.jar=...}) with the settings a deployment sets (README,
 * "Production"): the database, the two personal-data keys, the portal's address, {@code JAKPRENEUR_ENVIRONMENT=production};
 * no demo data, no test or dev profile. Only the dashboard rebuild is moved out of the measurement (it is started on
 * purpose once the data is there) and its schedule set to 12 hours.
 */
final class PortalUnderTest implements AutoCloseable {

	/** Fixed keys, so a kept data directory stays readable by every run (the generated NIKs are random bytes anyway). */
	private static final String ENCRYPTION_KEY = "YmVuY2htYXJrLWVuY3J5cHRpb24ta2V5LTMyLWJ5dGU=";

	private static final String HASH_KEY = "YmVuY2htYXJrLWhhc2gta2V5LTMyLWJ5dGVzLWxvbmc=";

	final EmbeddedPostgres postgres;

	final Path dataDir;

	final int port;

	private final Process portal;

	private PortalUnderTest(EmbeddedPostgres postgres, Path dataDir, int port, Process portal) {
		this.postgres = postgres;
		this.dataDir = dataDir;
		this.port = port;
		this.portal = portal;
	}

	/** Starts PostgreSQL on {@code dataDir} (created when missing), then the portal, and waits until it is ready. */
	static PortalUnderTest start(Path dataDir, List<String> portalCommand, Path log) throws IOException {
		Files.createDirectories(dataDir);
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (Files.exists(pidFile)) {
			throw new IllegalStateException(dataDir + " is in use by another server (" + pidFile
					+ " exists): copy it with cp -a and use the copy, or stop that server");
		}
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(dataDir)
			.setCleanDataDirectory(false)
			.setPGStartupWait(Duration.ofMinutes(5))
			.setServerConfig("shared_preload_libraries", "pg_stat_statements")
			.setServerConfig("pg_stat_statements.track_utility", "off")
			// planning time per statement (total_plan_time), for finding where a page's database time goes
			.setServerConfig("pg_stat_statements.track_planning", System.getProperty("benchmark.track-planning", "off"))
			.setServerConfig("shared_buffers", System.getProperty("benchmark.shared-buffers", "512MB"))
			.setServerConfig("max_wal_size", "4GB")
			.setServerConfig("checkpoint_timeout", "30min")
			.start();
		int port = freePort();
		Files.createDirectories(log.getParent());
		ProcessBuilder builder = new ProcessBuilder(portalCommand).redirectErrorStream(true)
			.redirectOutput(log.toFile());
		Map<String, String> env = builder.environment();
		env.put("SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres");
		env.put("SPRING_DATASOURCE_USERNAME", "postgres");
		env.put("SPRING_DATASOURCE_PASSWORD", "");
		env.put("PORT", String.valueOf(port));
		env.put("JAKPRENEUR_ENVIRONMENT", "production");
		env.put("JAKPRENEUR_PORTAL_URL", "http://localhost:" + port);
		env.put("JAKPRENEUR_PERSONAL_DATA_ENCRYPTION_KEY", ENCRYPTION_KEY);
		env.put("JAKPRENEUR_PERSONAL_DATA_HASH_KEY", HASH_KEY);
		env.put("JAKPRENEUR_DASHBOARD_REFRESH_INTERVAL", "PT12H");
		PortalUnderTest started = new PortalUnderTest(postgres, dataDir, port, builder.start());
		try {
			started.awaitReady(log);
		}
		catch (RuntimeException | IOException ex) {
			started.close();
			throw ex;
		}
		return started;
	}

	/**
	 * The command that runs the portal: {@code java [benchmark.jvm-args] -jar <jar>} with the jar given, else that of
	 * {@code -Dbenchmark.jar} or the one in target/, else the compiled classes on this JVM's class path (test classes
	 * left out) with a warning.
	 */
	static List<String> command(String jarOrNull) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		String jvmArgs = System.getProperty("benchmark.jvm-args", "");
		if (!jvmArgs.isBlank()) {
			command.addAll(Arrays.asList(jvmArgs.trim().split("\\s+")));
		}
		String jar = jarOrNull != null ? jarOrNull : System.getProperty("benchmark.jar");
		if (jar == null) {
			try (Stream<Path> files = Files.list(Path.of("target"))) {
				jar = files.map(Path::toString)
					.filter(name -> name.matches(".*/jakpreneur-portal-[^/]*\\.jar"))
					.findFirst()
					.orElse(null);
			}
		}
		if (jar != null && lacksJackson2(Path.of(jar))) {
			// Flyway 11 needs Jackson 2 (com.fasterxml) at start-up, which the jar of f699955 leaves out (Boot 4 brings
			// Jackson 3): without it the jar stops at "NoClassDefFoundError: com/fasterxml/jackson/databind/ObjectMapper".
			// The launcher adds the test class path's Jackson 2 and the table says so.
			System.out.println("WARNING: " + jar + " lacks Jackson 2 (Flyway cannot start); adding it with loader.path");
			command.addAll(List.of("-cp", Path.of(jar).toAbsolutePath().toString(), "-Dloader.path=" + jackson2(),
					"org.springframework.boot.loader.launch.PropertiesLauncher"));
		}
		else if (jar != null) {
			command.addAll(List.of("-jar", Path.of(jar).toAbsolutePath().toString()));
		}
		else {
			System.out.println("WARNING: no production jar (./mvnw -o -q package -DskipTests); running target/classes");
			String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
				.filter(entry -> !entry.contains("test-classes") && !entry.contains("surefire"))
				.collect(Collectors.joining(File.pathSeparator));
			command.addAll(List.of("-cp", classPath, "id.jakpreneur.portal.PortalApplication"));
		}
		command.add("--jakpreneur.dashboard.refresh-initial-delay=PT12H");
		// every background job's run and time in the portal's log, so a measurement it shared its seconds with is seen
		command.add("--logging.level.id.jakpreneur.portal.config.jobs.OncePerSchedule=debug");
		return command;
	}

	private static boolean lacksJackson2(Path jar) throws IOException {
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			return zip.stream().noneMatch(entry -> entry.getName().startsWith("BOOT-INF/lib/jackson-databind-2."));
		}
	}

	/** The Jackson 2 jars of this JVM's class path (databind and core), comma-separated for loader.path. */
	private static String jackson2() {
		return Stream.of("com.fasterxml.jackson.databind.ObjectMapper", "com.fasterxml.jackson.core.JsonFactory")
			.map(name -> {
				try {
					return Path.of(Class.forName(name).getProtectionDomain().getCodeSource().getLocation().toURI())
						.toString();
				}
				catch (ReflectiveOperationException | java.net.URISyntaxException ex) {
					throw new IllegalStateException("Jackson 2 is not on the test class path", ex);
				}
			})
			.collect(Collectors.joining(","));
	}

	String baseUrl() {
		return "http://localhost:" + port;
	}

	long portalPid() {
		return portal.pid();
	}

	private void awaitReady(Path log) throws IOException {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		int minutes = Integer.getInteger("benchmark.start-minutes", 30); // 10 minutes seen on a machine at load 50
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(minutes);
		while (System.nanoTime() < deadline) {
			if (!portal.isAlive()) {
				throw new IllegalStateException("the portal stopped while starting; see " + log);
			}
			try {
				HttpResponse<Void> response = client.send(
						HttpRequest.newBuilder(URI.create(baseUrl() + "/readyz")).timeout(Duration.ofSeconds(5)).build(),
						HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			sleep(500);
		}
		throw new IllegalStateException("the portal was not ready within " + minutes + " minutes; see " + log);
	}

	/** CPU clock ticks the portal's JVM has used (every thread). */
	long portalTicks() {
		return ProcStat.ticks(portal.pid(), false);
	}

	/** CPU clock ticks of the portal JVM's JIT compiler threads: part of {@link #portalTicks} until the code is compiled. */
	long compilerTicks() {
		return ProcStat.threadTicks(portal.pid(), "C1 CompilerThre", "C2 CompilerThre");
	}

	/**
	 * CPU clock ticks of the whole PostgreSQL server: the postmaster with the children it has reaped, and every live
	 * child (backends, checkpointer, writer, autovacuum ...).
	 */
	long postgresTicks() {
		long postmaster = postmasterPid();
		long ticks = ProcStat.ticks(postmaster, true);
		for (long child : ProcStat.children(postmaster)) {
			ticks += ProcStat.ticks(child, false);
		}
		return ticks;
	}

	private long postmasterPid() {
		try {
			return Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() throws IOException {
		portal.destroy();
		try {
			if (!portal.waitFor(90, TimeUnit.SECONDS)) {
				portal.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			portal.destroyForcibly();
			Thread.currentThread().interrupt();
		}
		postgres.close();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
