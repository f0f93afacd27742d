package id.jakpreneur.portal.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.jakpreneur.portal.architecture.MainSources.SourceFile;
import org.junit.jupiter.api.Test;

/**
 * Rules read from the main sources' text: small classes, SQL with named parameters, columns read by name and rows
 * mapped by hand.
 */
class SourceRulesTests {

	static final int MAX_LINES = 400;

	/** A JDBC placeholder: a lone {@code ?} after an operator, a bracket, a comma or a space. */
	static final Pattern POSITIONAL = Pattern.compile("(^|[=<>(,\\s])\\?(\\s|\\)|,|::|$)", Pattern.MULTILINE);

	/** A column read by its position, e.g. {@code rs.getLong(1)} or {@code rs.getObject(3, Instant.class)}. */
	static final Pattern BY_INDEX = Pattern.compile(
			"\\.get(Long|Int|String|Object|Boolean|Short|Date|Timestamp|BigDecimal|Array|Double|Bytes|Float)\\(\\s*\\d+\\s*[,)]");

	/**
	 * A row mapped by Spring's property row mapper, {@code .query(Figures.class)}: for each component it asks the result
	 * set for the name as written ({@code outletId}) before the column ({@code outlet_id}), and the driver answers each
	 * miss with an exception and a formatted message, per row (two-thirds of the dashboard's JVM time at 1,000,000
	 * participants, decision 128). Single values ({@code .query(Long.class)}) are read by position, without names.
	 */
	static final Pattern PROPERTY_MAPPED = Pattern.compile("\\.query\\(\\s*([A-Z]\\w*)\\.class\\s*\\)");

	static final java.util.Set<String> SINGLE_VALUES = java.util.Set.of("Long", "Integer", "Short", "String", "Boolean",
			"Double", "BigDecimal", "Date", "Timestamp", "Instant", "LocalDate", "OffsetDateTime");

	/** Hibernate's own placeholder in a {@code @ColumnTransformer(write = "?::daterange")}: not JDBC. */
	static final Pattern COLUMN_TRANSFORMER = Pattern.compile("\\?::\\w+");

	static final MainSources SOURCES = MainSources.read();

	@Test
	void noClassIsLongerThan400Lines() {
		List<String> long_ = SOURCES.files()
			.stream()
			.filter(f -> f.lines() > MAX_LINES)
			.map(f -> f.name() + " (" + f.lines() + " lines)")
			.toList();
		assertThat(long_).isEmpty();
	}

	@Test
	void sqlHasNoPositionalParameters() {
		List<String> found = new ArrayList<>();
		for (SourceFile file : SOURCES.files()) {
			for (String literal : file.literals()) {
				if (POSITIONAL.matcher(literal).find() && !COLUMN_TRANSFORMER.matcher(literal.strip()).matches()) {
					found.add(file.name() + ": " + literal.strip().lines().findFirst().orElse(""));
				}
			}
			int at = file.text().indexOf(".param(");
			while (at >= 0) {
				if (!hasTopLevelComma(file.text(), at + ".param(".length())) {
					found.add(file.name() + ": a positional .param(value)");
				}
				at = file.text().indexOf(".param(", at + 1);
			}
		}
		assertThat(found).isEmpty();
	}

	@Test
	void columnsAreReadByName() {
		List<String> found = new ArrayList<>();
		for (SourceFile file : SOURCES.files()) {
			Matcher m = BY_INDEX.matcher(file.text());
			while (m.find()) {
				found.add(file.name() + ": " + m.group());
			}
		}
		assertThat(found).isEmpty();
	}

	@Test
	void rowsAreMappedByHand() {
		List<String> found = new ArrayList<>();
		for (SourceFile file : SOURCES.files()) {
			Matcher m = PROPERTY_MAPPED.matcher(file.text());
			while (m.find()) {
				if (!SINGLE_VALUES.contains(m.group(1))) {
					found.add(file.name() + ": " + m.group());
				}
			}
		}
		assertThat(found).isEmpty();
	}

	@Test
	void theRulesSeeWhatTheyLookFor() {
		assertThat(POSITIONAL.matcher("where id = ? and x in (?, ?)").find()).isTrue();
		assertThat(POSITIONAL.matcher("limit ?").find()).isTrue();
		assertThat(POSITIONAL.matcher("where id = :id").find()).isFalse();
		assertThat(POSITIONAL.matcher("/officer?lang=en").find()).isFalse();
		assertThat(BY_INDEX.matcher("rs.getObject(3, Instant.class)").find()).isTrue();
		assertThat(BY_INDEX.matcher("rs.getLong(\"id\")").find()).isFalse();
		assertThat(hasTopLevelComma("\"id\", id)", 0)).isTrue();
		Matcher mapped = PROPERTY_MAPPED.matcher(".query(OutletFigures.class).list()");
		assertThat(mapped.find()).isTrue();
		assertThat(mapped.group(1)).isEqualTo("OutletFigures");
		assertThat(PROPERTY_MAPPED.matcher(".query((rs, n) -> rs.getLong(\"id\"))").find()).isFalse();
		assertThat(hasTopLevelComma("List.of(a, b))", 0)).isFalse();
		assertThat(SourceFile.literals("String s = \"a\\\"b\"; // \"no\"\nString t = \"\"\"\n  select 1\n  \"\"\";"))
			.containsExactly("a\\\"b", "\n  select 1\n  ");
	}

	/** Whether the call whose arguments start at {@code from} has more than one argument. */
	static boolean hasTopLevelComma(String text, int from) {
		int depth = 0;
		boolean quoted = false;
		for (int i = from; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '\\') {
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == '(' || c == '[' || c == '{') {
				depth++;
			}
			else if (c == ')' || c == ']' || c == '}') {
				if (depth == 0) {
					return false;
				}
				depth--;
			}
			else if (c == ',' && depth == 0) {
				return true;
			}
		}
		return false;
	}

}
