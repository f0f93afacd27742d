package id.jakpreneur.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.support.Browser;
import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PostgresTest;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Each demo role logs in through real Chromium and lands on its home, on a desktop and on a 360 px phone. */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@PostgresTest
class RoleHomeBrowserTests {

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = { 1280, 360 })
	void everyDemoRoleLogsInAndLandsOnItsHome(int width) throws Exception {
		ChromeDriver browser = Browser.start(width, width > 400 ? 900 : 780);
		SoftAssertions softly = new SoftAssertions();
		try {
			for (Role role : Role.values()) {
				browser.manage().deleteAllCookies();
				Browser.logIn(browser, "http://localhost:" + port + "/login", DemoUsers.emailOf(role), DemoUsers.PASSWORD);

				softly.assertThat(browser.getCurrentUrl()).as(role + " lands on").endsWith(role.homePath());
				softly.assertThat(browser.findElement(By.tagName("h1")).getText()).as(role + " greeting").startsWith("Halo");
				// usable at 360 px: nothing wider than the screen, so no sideways scrolling
				Number scrollWidth = (Number) browser.executeScript("return document.documentElement.scrollWidth");
				softly.assertThat(scrollWidth.intValue()).as(role + " page width").isLessThanOrEqualTo(width);
				Browser.screenshot(browser, "home-" + role.name().toLowerCase() + "-" + width);
			}
		}
		finally {
			browser.quit();
		}
		softly.assertAll();
	}

}
