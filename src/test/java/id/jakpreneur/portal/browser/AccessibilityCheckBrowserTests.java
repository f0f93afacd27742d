package id.jakpreneur.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import id.jakpreneur.portal.support.Accessibility;
import id.jakpreneur.portal.support.Browser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The check every browser test relies on ({@link Accessibility#check}) finds what it must: a field without a label
 * and an image without a text alternative fail, a page without them passes, also in a document axe-core was not
 * preloaded into.
 */
@Tag("browser")
class AccessibilityCheckBrowserTests {

	private static final String HEAD = "<!doctype html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>Uji</title>"
			+ "</head><body><main><h1>Uji</h1>";

	@TempDir
	Path pages;

	@Test
	void aSeriousViolationFailsAndAnAccessiblePagePasses() throws Exception {
		Path broken = Files.writeString(pages.resolve("broken.html"), HEAD
				+ "<form><input type=\"text\" name=\"nama\"></form><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\">"
				+ "</main></body></html>");
		Path fine = Files.writeString(pages.resolve("fine.html"), HEAD
				+ "<form><label for=\"nama\">Nama</label><input id=\"nama\" type=\"text\" name=\"nama\"></form>"
				+ "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" alt=\"Logo\"></main></body></html>");
		ChromeDriver browser = Browser.start(1280, 900);
		try {
			browser.get(broken.toUri().toString());
			assertThatThrownBy(() -> Accessibility.check(browser)).isInstanceOfSatisfying(Accessibility.Violations.class,
					found -> assertThat(found.found()).extracting(Accessibility.Violation::rule)
						.contains("label", "image-alt"));
			browser.get(fine.toUri().toString());
			Accessibility.check(browser);

			browser.executeScript("delete window.axe");
			assertThat(Accessibility.audit(browser)).as("axe sent again to a page that lacks it").isEmpty();
		}
		finally {
			browser.quit();
		}
	}

}
