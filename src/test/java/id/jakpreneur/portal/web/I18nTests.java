package id.jakpreneur.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * No user-visible literal outside the message bundles ({@code messages*.properties} and one bundle per module
 * under {@code i18n/}): templates carry no text of their own, every key used by a template or by Java code
 * exists, both languages have the same keys, and every bundle is configured.
 */
class I18nTests {

	private static final Path RESOURCES = Path.of("src/main/resources");

	private static final Path TEMPLATES = RESOURCES.resolve("templates");

	private static final Path JAVA = Path.of("src/main/java");

	private static final Set<String> TEXT_ATTRIBUTES = Set.of("alt", "title", "placeholder", "aria-label", "label",
			"value", "content");

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

	private static final Pattern JAVA_KEY = Pattern.compile(
			"(?:rejectValue\\(\"[^\"]+\",\\s*|reject\\(|new\\s+\\w+Exception\\(|super\\(|Optional\\.of\\(|addFlashAttribute\\(\"flash\\w+\",\\s*|message\\s*=\\s*)\"\\{?([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)}?\"");

	/** A fragment call in a template: its quoted arguments that look like keys are keys or key prefixes. */
	private static final Pattern FRAGMENT_CALL = Pattern.compile("th:(?:replace|insert)=\"([^\"]*)\"");

	private static final Pattern QUOTED_KEY = Pattern.compile("'([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)'");

	@Test
	void bothLanguagesHaveTheSameKeys() throws IOException {
		for (String bundle : bundles()) {
			Set<String> id = load(bundle + ".properties").stringPropertyNames();
			Set<String> en = load(bundle + "_en.properties").stringPropertyNames();
			assertThat(new TreeSet<>(id)).as(bundle + ": keys missing in Bahasa Indonesia").containsAll(en);
			assertThat(new TreeSet<>(en)).as(bundle + ": keys missing in English").containsAll(id);
		}
	}

	@Test
	void noValueIsEmptyAndNoKeyIsDefinedTwice() throws IOException {
		Set<String> seen = new TreeSet<>();
		for (String bundle : bundles()) {
			for (String file : List.of(bundle + ".properties", bundle + "_en.properties")) {
				Properties p = load(file);
				assertThat(p.stringPropertyNames()).as(file).allSatisfy(k -> assertThat(p.getProperty(k)).isNotBlank());
			}
			Set<String> keys = load(bundle + ".properties").stringPropertyNames();
			assertThat(keys.stream().filter(seen::contains)).as(bundle + " repeats keys of another bundle").isEmpty();
			seen.addAll(keys);
		}
	}

	@Test
	void everyBundleIsConfigured() throws IOException {
		Properties application = load("application.properties");
		List<String> configured = List.of(application.getProperty("spring.messages.basename").split("\\s*,\\s*"));
		assertThat(configured).containsExactlyInAnyOrderElementsOf(bundles());
	}

	@Test
	void templatesHaveNoHardCodedText() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			Document doc = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
			for (Element element : doc.getAllElements()) {
				for (TextNode text : element.textNodes()) {
					if (LETTER.matcher(text.text()).find() && !element.normalName().equals("script")) {
						problems.add(template + ": text \"" + text.text().strip() + "\"");
					}
				}
				for (Attribute attribute : element.attributes()) {
					if (TEXT_ATTRIBUTES.contains(attribute.getKey()) && LETTER.matcher(attribute.getValue()).find()
							&& !isAllowedLiteral(element, attribute)) {
						problems.add(template + ": " + attribute.getKey() + "=\"" + attribute.getValue() + "\"");
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyKeyUsedExists() throws IOException {
		Set<String> keys = new TreeSet<>();
		for (String bundle : bundles()) {
			keys.addAll(load(bundle + ".properties").stringPropertyNames());
		}
		Set<String> missing = new TreeSet<>();
		for (Path template : templates()) {
			String text = Files.readString(template);
			collect(TEMPLATE_KEY, text, keys, missing, template.toString());
			Matcher call = FRAGMENT_CALL.matcher(text);
			while (call.find()) {
				Matcher quoted = QUOTED_KEY.matcher(call.group(1));
				while (quoted.find()) {
					String key = quoted.group(1);
					if (!keys.contains(key) && keys.stream().noneMatch(k -> k.startsWith(key + "."))) {
						missing.add(template + ": fragment argument " + key);
					}
				}
			}
		}
		try (Stream<Path> files = Files.walk(JAVA)) {
			for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
				collect(JAVA_KEY, Files.readString(source), keys, missing, source.toString());
			}
		}
		assertThat(missing).isEmpty();
	}

	private static void collect(Pattern pattern, String text, Set<String> keys, Set<String> missing, String where) {
		Matcher m = pattern.matcher(text);
		while (m.find()) {
			if (!keys.contains(m.group(1))) {
				missing.add(where + ": " + m.group(1));
			}
		}
	}

	/** Machine values that are not words for people: input values, meta content, the SVG logo's own name. */
	private static boolean isAllowedLiteral(Element element, Attribute attribute) {
		return switch (attribute.getKey()) {
			case "value" -> !element.normalName().equals("button") && !"submit".equals(element.attr("type"));
			case "content" -> element.normalName().equals("meta");
			default -> false;
		};
	}

	/** messages plus one bundle per module under i18n/, each as a base name without the language suffix. */
	private static List<String> bundles() throws IOException {
		List<String> bundles = new ArrayList<>(List.of("messages"));
		Path dir = RESOURCES.resolve("i18n");
		if (Files.isDirectory(dir)) {
			try (Stream<Path> files = Files.list(dir)) {
				files.map(f -> f.getFileName().toString())
					.filter(n -> n.endsWith(".properties") && !n.contains("_"))
					.sorted()
					.forEach(n -> bundles.add("i18n/" + n.substring(0, n.length() - ".properties".length())));
			}
		}
		return bundles;
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(RESOURCES.resolve(name))) {
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
