package id.jakpreneur.portal.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * axe-core (the script Deque's Selenium integration bundles) run on a page in the browser: the WCAG 2.0, 2.1
 * and 2.2 level A and AA rules, of which a serious or critical violation fails the test (decision 88).
 * {@link Browser} calls {@link #check} after every page it loads, so each browser test checks each page it sees.
 */
public final class Accessibility {

	/** axe's tags for the success criteria of WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
	public static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a",
			"wcag22aa");

	/** axe-core's script, read once. */
	private static volatile String script;

	/** Set while a test passes through pages it does not look at ({@link #unchecked}). */
	private static final ThreadLocal<Boolean> PASSING_THROUGH = ThreadLocal.withInitial(() -> false);

	/** Set on the window of a document once checked, so a page looked at twice is checked once. */
	private static final String CHECKED = "__accessibilityChecked";

	private Accessibility() {
	}

	/** One rule broken on one page: its nodes named by their CSS selectors. */
	public record Violation(String rule, String impact, String help, List<String> targets) {

		@Override
		public String toString() {
			return rule + " (" + impact + "): " + help + " at " + String.join(", ", targets);
		}

	}

	/**
	 * axe-core's script, as Deque's Selenium package bundles it. {@link Browser#start} has Chromium evaluate it in every
	 * new document (sending 550 KB and reading every passing node back cost most of a browser test's time); a page
	 * that came without it gets it here.
	 */
	public static String script() {
		String loaded = script;
		if (loaded == null) {
			try (InputStream in = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
				loaded = new String(Objects.requireNonNull(in, "axe.min.js").readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			script = loaded;
		}
		return loaded;
	}

	/**
	 * axe.run with the WCAG A/AA rules, plus label-in-name (WCAG 2.5.3, level A), which axe still marks experimental
	 * and leaves out unless asked: a button read out as something else than what it shows. Only violations are
	 * detailed (axe's result types), and only the serious and critical ones come back, so the page sends little.
	 */
	private static final String RUN = """
			var done = arguments[arguments.length - 1];
			axe.run(document, {
			  runOnly: { type: 'tag', values: arguments[0] },
			  rules: { 'label-content-name-mismatch': { enabled: true } },
			  resultTypes: ['violations']
			}).then(function (results) {
			  done({ violations: results.violations
			    .filter(function (rule) { return rule.impact === 'serious' || rule.impact === 'critical'; })
			    .map(function (rule) {
			      return { id: rule.id, impact: rule.impact, help: rule.help,
			        targets: rule.nodes.map(function (node) { return JSON.stringify(node.target); }) };
			    }) });
			}, function (error) { done({ error: String(error) }); });
			""";

	/** The serious and critical violations on the page the browser shows now, once it has loaded. */
	public static List<Violation> audit(WebDriver driver) {
		waitUntilLoaded(driver);
		JavascriptExecutor page = (JavascriptExecutor) driver;
		if (!Boolean.TRUE.equals(page.executeScript("return typeof axe === 'object'"))) {
			page.executeScript(script());
		}
		Map<?, ?> results = (Map<?, ?>) page.executeAsyncScript(RUN, WCAG_A_AA);
		if (results.get("error") != null) {
			throw new IllegalStateException("axe-core failed on " + driver.getCurrentUrl() + ": " + results.get("error"));
		}
		return ((List<?>) results.get("violations")).stream().map(Map.class::cast).map(rule -> new Violation(
				(String) rule.get("id"), (String) rule.get("impact"), (String) rule.get("help"),
				((List<?>) rule.get("targets")).stream().map(String::valueOf).toList()))
			.toList();
	}

	/**
	 * Fails with every serious or critical violation of the page the browser shows now; a document already checked
	 * is not checked again.
	 */
	public static void check(WebDriver driver) {
		JavascriptExecutor script = (JavascriptExecutor) driver;
		waitUntilLoaded(driver);
		if (PASSING_THROUGH.get()) {
			return;
		}
		if (Boolean.TRUE.equals(script.executeScript("return window." + CHECKED + " === true"))) {
			return;
		}
		List<Violation> violations = audit(driver);
		script.executeScript("window." + CHECKED + " = true");
		if (!violations.isEmpty()) {
			throw new Violations(driver.getCurrentUrl(), violations);
		}
	}

	/**
	 * Runs steps on the way to a page under test without checking the pages they pass (each is still loaded in full):
	 * for a test that checks those pages where it visits them itself.
	 */
	public static void unchecked(Runnable steps) {
		PASSING_THROUGH.set(true);
		try {
			steps.run();
		}
		finally {
			PASSING_THROUGH.set(false);
		}
	}

	/** The failure of {@link #check}, which carries what it found for a test that counts them. */
	public static final class Violations extends AssertionError {

		private final transient List<Violation> found;

		Violations(String url, List<Violation> found) {
			super("Accessibility (axe-core, WCAG 2.2 A/AA) of " + url + ":\n  "
					+ found.stream().map(Violation::toString).collect(Collectors.joining("\n  ")));
			this.found = found;
		}

		public List<Violation> found() {
			return this.found;
		}

	}

	/**
	 * Whether the page is wider than the window (WCAG 1.4.10, reflow: no sideways scrolling at 320 px), and if so
	 * which elements stick out: those past the window's right edge that are not inside a scrolling box and have no
	 * child that sticks out as well, widest first.
	 */
	public static Optional<String> overflow(WebDriver driver) {
		waitUntilLoaded(driver);
		Object found = ((JavascriptExecutor) driver).executeScript("""
				var limit = window.innerWidth, page = document.documentElement.scrollWidth;
				if (page <= limit) { return null; }
				function clipped(e) {
				  for (var p = e.parentElement; p && p !== document.body; p = p.parentElement) {
				    var x = getComputedStyle(p).overflowX;
				    if (x !== 'visible') { return true; }
				  }
				  return false;
				}
				function out(e) { return e.getBoundingClientRect().right > limit + 0.5 && !clipped(e); }
				var all = Array.from(document.body.querySelectorAll('*')).filter(out);
				var leaves = all.filter(function (e) { return !Array.from(e.children).some(out); });
				leaves.sort(function (a, b) { return b.getBoundingClientRect().width - a.getBoundingClientRect().width; });
				return page + ' px wide in ' + limit + ' px: ' + leaves.slice(0, 3).map(function (e) {
				  var name = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
				    + (e.className && e.className.baseVal === undefined ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
				  return name + ' (' + Math.round(e.getBoundingClientRect().width) + ' px, "'
				    + (e.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 40) + '")';
				}).join(', ');
				""");
		return Optional.ofNullable((String) found);
	}

	private static void waitUntilLoaded(WebDriver driver) {
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(
				d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
	}

}
