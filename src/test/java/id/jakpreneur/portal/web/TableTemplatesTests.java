package id.jakpreneur.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Tables on a phone, one pattern (decision 88): every table of every template sits directly in a
 * {@code div.table-scroll} that scrolls sideways with a visible cue and is reached by the keyboard: {@code tabindex="0"},
 * {@code role="region"} and a name ({@code aria-label}, {@code th:aria-label} or {@code aria-labelledby}).
 */
class TableTemplatesTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	@Test
	void everyTableScrollsInAFocusableNamedRegion() throws IOException {
		List<String> bare = new ArrayList<>();
		int tables = 0;
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				for (Element table : Jsoup.parse(Files.readString(file)).select("table")) {
					tables++;
					if (!wrapped(table.parent())) {
						bare.add(TEMPLATES.relativize(file) + ": " + table.attr("class"));
					}
				}
			}
		}
		assertThat(tables).as("tables in the templates").isGreaterThan(20);
		assertThat(bare).as("tables outside a focusable, named div.table-scroll").isEmpty();
	}

	private static boolean wrapped(Element parent) {
		return parent != null && parent.tagName().equals("div") && parent.hasClass("table-scroll")
				&& parent.attr("tabindex").equals("0") && parent.attr("role").equals("region")
				&& (parent.hasAttr("aria-label") || parent.hasAttr("th:aria-label") || parent.hasAttr("aria-labelledby")
						|| parent.attr("th:attr").contains("aria-label="));
	}

}
