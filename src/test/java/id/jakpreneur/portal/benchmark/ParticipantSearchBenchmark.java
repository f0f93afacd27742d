package id.jakpreneur.portal.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Officer search over 1,000,000 participants, measured server-side (the whole request: security, query, view)
 * through MockMvc. Run: {@code ./mvnw test -Dtest.excludedGroups= -Dgroups=benchmark -Dtest=ParticipantSearchBenchmark}.
 * Figures go to the console and to target/benchmark/participant-search.txt.
 */
@Tag("benchmark")
@PortalWebTest
@TestPropertySource(properties = BenchmarkDatabase.NO_WEB_LIMITS)
class ParticipantSearchBenchmark {

	static final int PARTICIPANTS = Integer.getInteger("benchmark.participants", 1_000_000);

	static final int REQUESTS = 300;

	static final String[] PREFIXES = { "s", "a", "de", "bud", "rin", "siti r", "ag", "wahyu s", "yu", "k", "ma",
			"hendra p", "nur", "eko", "fitri h" };

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void officerSearchAnswersUnder100MillisecondsAtP95() throws Exception {
		long start = System.nanoTime();
		Long added = transactions.execute(status -> ParticipantGenerator.fillUpTo(jdbc, PARTICIPANTS));
		double loadSeconds = (System.nanoTime() - start) / 1e9;
		List<String> report = new ArrayList<>();
		report.add(String.format(Locale.ROOT, "participants: %,d (added %,d in %.1f s)",
				jdbc.queryForObject("select count(*) from participant", Long.class), added, loadSeconds));

		Random random = new Random(42);
		List<String> villages = jdbc.queryForList(
				"select code from region where level = 'village' and code like '31.71.%' order by code", String.class);
		report.add(measure("officer (Jakarta Pusat), name prefix", Role.OFFICER,
				i -> "/officer/entrepreneurs?name=" + PREFIXES[i % PREFIXES.length].replace(" ", "+")));
		report.add(measure("officer (Jakarta Pusat), kelurahan", Role.OFFICER,
				i -> "/officer/entrepreneurs?village=" + villages.get(random.nextInt(villages.size()))));
		report.add(measure("officer, kelurahan + name prefix + page 3", Role.OFFICER,
				i -> "/officer/entrepreneurs?village=" + villages.get(random.nextInt(villages.size())) + "&name="
						+ PREFIXES[i % 6] + "&page=2"));
		report.add(measure("administrator (province), name prefix", Role.ADMIN,
				i -> "/officer/entrepreneurs?name=" + PREFIXES[i % PREFIXES.length].replace(" ", "+")));
		report.add(measure("officer: validation queue", Role.OFFICER, i -> "/officer/registrations"));

		report.forEach(System.out::println);
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "benchmark"));
		java.nio.file.Files.write(java.nio.file.Path.of("target", "benchmark", "participant-search.txt"), report);
	}

	private String measure(String label, Role role, IntFunction<String> url) throws Exception {
		ServerTimings.Figures figures = ServerTimings.measure(mvc, DemoUsers.as(accounts, role), url, 30, REQUESTS);
		assertThat(figures.p95()).as(label + " p95 ms").isLessThan(100.0);
		assertThat(figures.statements()).as(label + " statements per request").isLessThanOrEqualTo(6);
		return figures.line(label);
	}

}
