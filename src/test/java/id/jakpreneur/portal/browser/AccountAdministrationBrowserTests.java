package id.jakpreneur.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.NewAccount;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.account.domain.AccountAdministration;
import id.jakpreneur.portal.support.Browser;
import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PostgresTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The account list and an account's page in real Chromium, on a desktop and on a 360 px phone (screenshots). */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@PostgresTest
class AccountAdministrationBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	AccountAdministration administration;

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = { 1280, 360 })
	void theListAndAnAccountFitTheScreen(int width) throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		String phone = "0812-5555-" + (1000 + Math.floorMod(tag.hashCode(), 9000));
		long id = accounts.open(new NewAccount("dewi." + tag + "@example.id", phone, "Dewi Lestari " + tag, Role.MENTOR,
				"Pendamping-Kuat-2026", Set.of("31.74.01", "31.74.02"), false));
		PortalUser admin = (PortalUser) accounts.loadUserByUsername(DemoUsers.emailOf(Role.ADMIN));
		administration.deactivate(admin, id, "Kontrak PJLP berakhir akhir bulan ini");
		administration.reactivate(admin, id, "Kontrak diperpanjang sampai Desember");

		ChromeDriver browser = Browser.start(width, width > 400 ? 900 : 780);
		try {
			String base = "http://localhost:" + port;
			Browser.logIn(browser, base + "/login", DemoUsers.emailOf(Role.ADMIN), DemoUsers.PASSWORD);
			// the suite's database holds many accounts: the administrator narrows the list to this one's name
			browser.get(base + "/admin/users?q=" + tag);
			assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Akun pengguna");
			if (width > 400) {
				// the areas by name (the column is hidden on a phone)
				assertThat(browser.findElement(By.tagName("tbody")).getText()).contains("Setiabudi");
			}
			assertFits(browser, width);
			Browser.fullPageScreenshot(browser, "admin-users-" + width);

			browser.get(base + "/admin/users/" + id);
			assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dewi Lestari " + tag);
			assertThat(browser.findElement(By.id("audit-title")).isDisplayed()).isTrue();
			assertFits(browser, width);
			Browser.fullPageScreenshot(browser, "admin-user-" + width);
		}
		finally {
			browser.quit();
		}
	}

	/** Nothing wider than the screen, so no sideways scrolling. */
	private static void assertFits(ChromeDriver browser, int width) {
		Number scrollWidth = (Number) browser.executeScript("return document.documentElement.scrollWidth");
		assertThat(scrollWidth.intValue()).as("page width").isLessThanOrEqualTo(width);
	}

}
