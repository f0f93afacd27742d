package id.jakpreneur.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.dashboard.domain.SummaryRefresh;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.eorder.SettledOrders;
import id.jakpreneur.portal.support.Await;
import id.jakpreneur.portal.support.Browser;
import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PostgresTest;
import id.jakpreneur.portal.support.TestParticipants;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What settled e-Orders show, in real Chromium, on a desktop and on a 360 px phone without sideways scrolling: the
 * dashboard's e-Order section with its charts drawn beside their tables, and the participant's monthly sales with the
 * e-Order line. The pictures go to target/screenshots (eorder-*).
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@PostgresTest
class EOrderFiguresBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	SummaryRefresh refresh;

	@Autowired
	Registration registration;

	@Autowired
	ParticipantRecords records;

	@Autowired
	AccountManagement accounts;

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = { 1280, 360 })
	void settledOrdersShowOnTheDashboardAndInHerMonthlySales(int width) throws Exception {
		TestParticipants people = new TestParticipants(registration, records, accounts);
		SettledOrders orders = new SettledOrders(jdbc, transactions, events);
		String tag = UUID.randomUUID().toString().substring(0, 6);
		TestParticipants.Registered seller = people.registerValidated("Sari Katering", "31.71.01.1001", Sector.KULINER);
		long agency = orders.organisation("AGENCY", "Dinas Pendidikan " + tag);
		long school = orders.organisation("SCHOOL", "SMA Negeri 68 " + tag);
		orders.settle(seller.id(), agency, 18_750_000, Instant.parse("2026-02-10T03:00:00Z"), LocalDate.of(2026, 2, 14));
		orders.settle(seller.id(), school, 6_200_000, Instant.parse("2026-03-05T03:00:00Z"), LocalDate.of(2026, 3, 9));
		refresh.refresh();

		ChromeDriver browser = Browser.start(width, width > 400 ? 900 : 780);
		try {
			Browser.logIn(browser, url("/login"), "admin@demo.local", DemoUsers.PASSWORD);
			browser.get(url("/admin/dashboard?year=2026"));
			assertThat(browser.findElement(By.id("eorder-title")).isDisplayed()).isTrue();
			List<String> buyers = browser.findElements(By.cssSelector("#table-eorder-buyer tbody th"))
				.stream()
				.map(e -> e.getAttribute("textContent").strip())
				.toList();
			assertThat(buyers).contains("Dinas Pendidikan " + tag, "SMA Negeri 68 " + tag);
			for (String chart : List.of("chart-eorder-month", "chart-eorder-area", "chart-eorder-sector")) {
				Await.until(chart + " drawn", () -> painted(browser, chart) > 500);
			}
			assertThat(Browser.pageWidth(browser)).isLessThanOrEqualTo(width);
			browser.executeScript("document.getElementById('eorder-title').scrollIntoView()");
			Browser.screenshot(browser, "eorder-dashboard-" + width);

			browser.manage().deleteAllCookies();
			Browser.logIn(browser, url("/login"), seller.email(), TestParticipants.PASSWORD);
			browser.get(url("/me/outlets"));
			List<String> march = browser.findElements(By.cssSelector("section[aria-labelledby=sales-title] tbody tr"))
				.get(0)
				.findElements(By.tagName("td"))
				.stream()
				.map(e -> e.getAttribute("textContent").strip())
				.toList();
			assertThat(march).containsExactly("Maret 2026", "e-Order", "Tidak ada", "Rp 6.200.000");
			assertThat(Browser.pageWidth(browser)).isLessThanOrEqualTo(width);
			browser.executeScript("document.getElementById('sales-title').scrollIntoView()");
			Browser.screenshot(browser, "eorder-monthly-sales-" + width);
			browser.get(url("/me"));
			assertThat(browser.findElement(By.tagName("main")).getText())
				.contains("Penjualan pertama lewat e-Order: Dinas Pendidikan " + tag);
			Browser.fullPageScreenshot(browser, "eorder-me-" + width);
		}
		finally {
			browser.quit();
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private static long painted(ChromeDriver browser, String canvasId) {
		return ((Number) browser.executeScript("""
				var c = document.getElementById(arguments[0]);
				if (!c || !c.chart) { return 0; }
				var pixels = c.getContext('2d').getImageData(0, 0, c.width, c.height).data, painted = 0;
				for (var i = 3; i < pixels.length; i += 4) { if (pixels[i] > 0) { painted++; } }
				return painted;
				""", canvasId)).longValue();
	}

}
