package id.jakpreneur.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.account.WorkInbox;
import id.jakpreneur.portal.support.Browser;
import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PostgresTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The homes of the entrepreneur, the officer and the mentor, in both languages on a 360 px phone and a 1280 px
 * screen: what to do comes first (the entrepreneur's one next action, the staff's work trays with counts), nothing
 * wider than the screen, and the entrepreneur's home stays short on a phone. Full-page screenshots of each.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@PostgresTest
class HomePagesBrowserTests {

	/** The phone height the entrepreneur's home must stay under (it was 4,627 px before issue 19). */
	static final int PHONE_HEIGHT_LIMIT = 3000;

	@LocalServerPort
	int port;

	@Test
	void eachHomeStartsWithTheWorkToDoOnAPhoneAndAScreen() throws Exception {
		List<String> heights = new ArrayList<>();
		for (int width : new int[] { 360, 1280 }) {
			ChromeDriver browser = Browser.start(width, width > 400 ? 900 : 780);
			try {
				for (Role role : List.of(Role.ENTREPRENEUR, Role.OFFICER, Role.MENTOR)) {
					browser.manage().deleteAllCookies();
					Browser.logIn(browser, url("/login"), DemoUsers.emailOf(role), DemoUsers.PASSWORD);
					for (String lang : List.of("id", "en")) {
						browser.get(url(role.homePath() + "?lang=" + lang));
						int height = ((Number) browser.executeScript("return document.documentElement.scrollHeight"))
							.intValue();
						int scrollWidth = ((Number) browser.executeScript("return document.documentElement.scrollWidth"))
							.intValue();
						heights.add(role + " " + lang + " " + width + " px: " + height + " px tall");
						System.out.println("Home page height: " + heights.get(heights.size() - 1));
						// taken before the checks, so a failing page can be looked at
						Browser.fullPageScreenshot(browser,
								"home-" + role.name().toLowerCase() + "-" + lang + "-" + width);
						assertThat(scrollWidth).as(role + " " + lang + " width at " + width).isLessThanOrEqualTo(width);
						assertFirstThingIsTheWork(browser, role);
						if (role == Role.ENTREPRENEUR && width == 360) {
							assertThat(height).as("/me height on a phone (" + lang + ")").isLessThan(PHONE_HEIGHT_LIMIT);
						}
					}
					if (role == Role.ENTREPRENEUR) {
						assertProfileReadsInOrder(browser, width);
					}
				}
			}
			finally {
				browser.quit();
			}
		}
	}

	private static void assertFirstThingIsTheWork(ChromeDriver browser, Role role) {
		WebElement main = browser.findElement(By.id("main"));
		if (role == Role.ENTREPRENEUR) {
			WebElement action = main.findElement(By.id("next-action"));
			int actionTop = action.getLocation().getY();
			int stepsTop = main.findElement(By.id("steps-title")).getLocation().getY();
			assertThat(actionTop).as("the next action comes before the steps").isLessThan(stepsTop);
			assertThat(action.getAttribute("href")).as("the next action is a link").isNotBlank();
			assertThat(main.findElements(By.cssSelector("#steps a"))).as("each step links to its page").hasSize(7);
		}
		else {
			List<WebElement> trays = main.findElements(By.cssSelector(".inbox [data-inbox]"));
			assertThat(trays).as(role + " work trays").isNotEmpty();
			// a count, or "99+" once the tray counted up to its limit (the suite's shared database holds that many)
			assertThat(trays.get(0).findElement(By.className("inbox-count")).getText())
				.matches("\\d+|" + (WorkInbox.COUNTED_UP_TO - 1) + "\\+");
		}
	}

	/** The profile: sections not numbered from 2, the kept KK said beside its field, the kota's full name. */
	private void assertProfileReadsInOrder(ChromeDriver browser, int width) throws Exception {
		browser.get(url("/me/profile?lang=id"));
		for (WebElement legend : browser.findElements(By.tagName("legend"))) {
			assertThat(legend.getText()).as("section title").doesNotMatch("^\\d.*");
		}
		WebElement kk = browser.findElement(By.id("kk"));
		WebElement kept = browser.findElement(By.id("kk-kept"));
		assertThat(kept.getLocation().getY() - kk.getLocation().getY()).as("the kept KK's note right under the field")
			.isLessThan(120);
		WebElement city = browser.findElement(By.id("cityCode"));
		String chosen = (String) browser.executeScript("return arguments[0].selectedOptions[0].text", city);
		Number textWidth = (Number) browser.executeScript("""
				const c = document.createElement('canvas').getContext('2d');
				c.font = getComputedStyle(arguments[0]).font;
				return c.measureText(arguments[1]).width""", city, chosen);
		assertThat(textWidth.doubleValue()).as("the kota's name fits its field").isLessThan(city.getSize().getWidth() - 48);
		Browser.fullPageScreenshot(browser, "profile-id-" + width);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
