package id.jakpreneur.portal.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.jakpreneur.portal.support.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The records of processing (docs/privacy.md) cannot drift from the schema: every table of the migrated schema is
 * recorded, either with its personal columns (every column of such a table described or named "not personal") or
 * among the tables without personal data, and the file names no table or column that does not exist.
 */
@DataJpaTest
@PostgresTest
class PrivacyRecordsTests {

	static final Path RECORDS = Path.of("docs/privacy.md");

	private static final Pattern NAME = Pattern.compile("`([a-z_][a-z0-9_]*)`");

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyTableAndEveryColumnOfAPersonalDataTableIsRecorded() throws IOException {
		Records records = Records.read(Files.readAllLines(RECORDS));
		assertThat(records.personal()).as("personal-data tables read from docs/privacy.md").hasSizeGreaterThan(30);
		assertThat(records.personal().get("participant")).contains("full_name", "nik_encrypted", "id");
		Map<String, Set<String>> schema = new TreeMap<>();
		jdbc.sql("""
				select c.table_name, c.column_name from information_schema.columns c
				join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
				where t.table_schema = current_schema() and t.table_type = 'BASE TABLE'
				  and t.table_name <> 'flyway_schema_history'
				""").query((rs, n) -> schema.computeIfAbsent(rs.getString("table_name").toLowerCase(), t -> new TreeSet<>())
				.add(rs.getString("column_name").toLowerCase())).list();
		Set<String> relations = new TreeSet<>(jdbc.sql("""
				select lower(table_name) from information_schema.tables where table_schema = current_schema()
				""").query(String.class).list());

		Set<String> unrecorded = new TreeSet<>(schema.keySet());
		unrecorded.removeAll(records.personal().keySet());
		unrecorded.removeAll(records.withoutPersonalData());
		assertThat(unrecorded).as("tables missing from docs/privacy.md").isEmpty();

		Set<String> twice = new TreeSet<>(records.personal().keySet());
		twice.retainAll(records.withoutPersonalData());
		assertThat(twice).as("tables recorded both with and without personal data").isEmpty();

		Set<String> unknown = new TreeSet<>(records.personal().keySet());
		unknown.addAll(records.withoutPersonalData());
		unknown.removeAll(relations);
		assertThat(unknown).as("docs/privacy.md names tables that do not exist").isEmpty();

		records.personal().forEach((table, columns) -> {
			Set<String> actual = schema.getOrDefault(table, Set.of());
			Set<String> missing = new TreeSet<>(actual);
			missing.removeAll(columns);
			assertThat(missing).as("columns of %s missing from docs/privacy.md", table).isEmpty();
			Set<String> stale = new TreeSet<>(columns);
			stale.removeAll(actual);
			assertThat(stale).as("columns of %s in docs/privacy.md that do not exist", table).isEmpty();
		});
	}

	/** What docs/privacy.md records: personal tables with their columns (described or not personal), and the rest. */
	record Records(Map<String, Set<String>> personal, Set<String> withoutPersonalData) {

		static Records read(List<String> lines) {
			Map<String, Set<String>> personal = new LinkedHashMap<>();
			Set<String> without = new TreeSet<>();
			Set<String> current = null;
			boolean rest = false;
			for (String line : lines) {
				if (line.startsWith("## ")) {
					rest = line.startsWith("## Tables without personal data");
					current = null;
				}
				else if (line.startsWith("### ")) {
					current = personal.computeIfAbsent(line.substring(4).strip(), t -> new TreeSet<>());
				}
				else if (rest && line.startsWith("- ")) {
					names(line.substring(0, line.contains(":") ? line.indexOf(':') : line.length()), without);
				}
				else if (current != null && line.startsWith("| `")) {
					Matcher m = NAME.matcher(line.substring(0, line.indexOf('|', 1)));
					if (m.find()) {
						current.add(m.group(1));
					}
				}
				else if (current != null && line.startsWith("Not personal:")) {
					names(line, current);
				}
			}
			return new Records(personal, without);
		}

		private static void names(String text, Set<String> into) {
			Matcher m = NAME.matcher(text);
			while (m.find()) {
				into.add(m.group(1));
			}
		}

	}

}
