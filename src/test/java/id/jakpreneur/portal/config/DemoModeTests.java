package id.jakpreneur.portal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.jakpreneur.portal.PortalApplication;
import id.jakpreneur.portal.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.yaml.snakeyaml.Yaml;

/**
 * Issue 16, medium 5: the shipped {@code docker-compose.yml} never turns demo mode on and has no default database
 * password, and demo mode refuses to start where {@code JAKPRENEUR_ENVIRONMENT=production}.
 */
class DemoModeTests {

	/** Compose's interpolation: {@code ${VAR}}, {@code ${VAR:-default}}, {@code ${VAR:?error}} (and without colon). */
	private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)(?:(:?[-?])([^}]*))?}");

	@Test
	void theShippedComposeFileRunsWithoutDemoAccountsAndHasNoDefaultDatabasePassword() throws IOException {
		Map<String, Object> compose;
		try (Reader in = Files.newBufferedReader(Path.of("docker-compose.yml"))) {
			compose = new Yaml().load(in);
		}
		Map<String, Object> portal = environment(compose, "portal");
		Map<String, Object> db = environment(compose, "db");

		// with nothing set by the user: no demo mode, and the instance says it is production
		assertThat(resolved(portal.get("JAKPRENEUR_DEMO_ENABLED"))).isIn("", "false");
		assertThat(resolved(portal.get("JAKPRENEUR_ENVIRONMENT"))).isEqualTo("production");
		// the database password has no default: compose refuses to start without it, like the keys
		assertThat(required(db.get("POSTGRES_PASSWORD"))).isTrue();
		assertThat(required(portal.get("SPRING_DATASOURCE_PASSWORD"))).isTrue();
		assertThat(required(portal.get("JAKPRENEUR_PERSONAL_DATA_ENCRYPTION_KEY"))).isTrue();
		assertThat(String.valueOf(db.get("POSTGRES_PASSWORD")) + portal.get("SPRING_DATASOURCE_PASSWORD"))
			.doesNotContain("change-me");
	}

	@Test
	void demoModeRefusesToStartWhenTheEnvironmentIsProduction() {
		// the test configuration switches demo mode on
		assertThatThrownBy(() -> SpringApplication.from(PortalApplication::main)
			.with(TestDatabase.class)
			.run("--server.port=0", "--jakpreneur.environment=Production", "--jakpreneur.dashboard.refresh-initial-delay=PT24H")
			.getApplicationContext()
			.close()).hasRootCauseMessage("Demo mode (JAKPRENEUR_DEMO_ENABLED=true) creates accounts with a public "
					+ "password and refuses to start where JAKPRENEUR_ENVIRONMENT=production");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> environment(Map<String, Object> compose, String service) {
		Map<String, Object> services = (Map<String, Object>) compose.get("services");
		return (Map<String, Object>) ((Map<String, Object>) services.get(service)).get("environment");
	}

	/** The value as compose resolves it when the user sets no variable ({@code null} where compose would refuse). */
	private static String resolved(Object value) {
		Matcher m = VARIABLE.matcher(String.valueOf(value));
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String operator = m.group(2);
			if (operator != null && operator.endsWith("?")) {
				return null;
			}
			m.appendReplacement(out, Matcher.quoteReplacement(operator == null ? "" : m.group(3)));
		}
		m.appendTail(out);
		return out.toString();
	}

	private static boolean required(Object value) {
		return value != null && resolved(value) == null;
	}

}
