package id.jakpreneur.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.dashboard.domain.SummaryRefresh;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.support.Browser;
import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PostgresTest;
import id.jakpreneur.portal.support.TestParticipants;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 21 from end to end, in real Chromium: an entrepreneur's curated product appears in the public catalogue once
 * she has set its terms and agreed to publish; an anonymous visitor finds it by searching; the demo buyer asks for a
 * quote, the entrepreneur answers, the buyer orders, she confirms and delivers, the buyer confirms receipt and records
 * the payment; her P5 on /me names the buyer, and the administrator's dashboard counts the paid order's revenue.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@PostgresTest
class KatalogEOrderJourneyBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SummaryRefresh refresh;

	@Autowired
	Registration registration;

	@Autowired
	ParticipantRecords records;

	@Autowired
	AccountManagement accounts;

	@Test
	void aCuratedProductIsFoundOrderedPaidAndCounted() throws Exception {
		String word = "Kastengel" + UUID.randomUUID().toString().substring(0, 5).replaceAll("[0-9-]", "x");
		TestParticipants.Registered seller = new TestParticipants(registration, records, accounts)
			.registerValidated("Wulan Kue Kering", "31.71.01.1001", Sector.KULINER);
		long product = curated(seller.id(), word + " Keju Edam");
		String organisation = jdbc.queryForObject("""
				select o.name from buyer_organisation o join buyer b on b.organisation_id = o.id
				join account a on a.id = b.account_id where a.email = 'buyer@demo.local'
				""", String.class);
		int year = LocalDate.now().getYear();
		refresh.refresh();
		long revenueBefore = buyerRevenue(organisation, year);

		ChromeDriver browser = Browser.start(1280, 900);
		try {
			// she sets the product's terms and agrees to publish
			Browser.logIn(browser, url("/login"), seller.email(), TestParticipants.PASSWORD);
			browser.get(url("/me/outlets/products/" + product));
			Browser.type(browser, "unit", "toples");
			Browser.type(browser, "minimumOrder", "10");
			Browser.type(browser, "priceFrom", "45.000");
			Browser.type(browser, "priceTo", "50.000");
			Browser.clickThrough(browser, submitOf(browser, "/listing"));
			browser.get(url("/me/katalog"));
			Browser.type(browser, "publicName", "Kue Kering Wulan");
			Browser.click(browser, browser.findElement(By.id("agree")));
			Browser.clickThrough(browser, submitOf(browser, "/me/katalog"));
			assertThat(browser.findElement(By.id("main")).getText()).contains(word + " Keju Edam");
			Browser.screenshot(browser, "journey-1-published");

			// an anonymous visitor finds it by a word of its name
			browser.manage().deleteAllCookies();
			browser.get(url("/katalog"));
			Browser.type(browser, "q", word.toLowerCase());
			Browser.clickThrough(browser, browser.findElement(By.cssSelector("form[role=search] button[type=submit]")));
			Browser.clickThrough(browser, browser.findElement(By.partialLinkText(word + " Keju Edam")));
			assertThat(browser.findElement(By.tagName("h1")).getText()).contains(word + " Keju Edam");
			assertThat(browser.findElement(By.id("main")).getText()).contains("Kue Kering Wulan");
			Browser.screenshot(browser, "journey-2-found");

			// the buyer asks for a quote of 20 jars
			Browser.logIn(browser, url("/login"), "buyer@demo.local", DemoUsers.PASSWORD);
			browser.get(url("/buyer/orders/new?business=" + seller.id()));
			Browser.type(browser, "quantity-" + product, "20");
			date(browser, "deliveryDate", LocalDate.now().plusDays(14));
			Browser.type(browser, "deliveryPlace", "Balai Kota DKI Jakarta, Jl. Medan Merdeka Selatan 8-9");
			Browser.clickThrough(browser, browser.findElement(By.cssSelector("main form button[type=submit]")));
			String orderPath = browser.getCurrentUrl().replaceAll(".*(/orders/\\d+).*", "$1");
			assertThat(orderPath).matches("/orders/\\d+");

			// she answers with her price
			switchTo(browser, seller.email(), TestParticipants.PASSWORD);
			browser.get(url("/me" + orderPath));
			Browser.type(browser, "price-1", "47.500");
			date(browser, "canDeliverBy", LocalDate.now().plusDays(10));
			Browser.clickThrough(browser, submitOf(browser, "/quote"));

			// the buyer orders
			switchTo(browser, "buyer@demo.local", DemoUsers.PASSWORD);
			browser.get(url("/buyer" + orderPath));
			Browser.clickThrough(browser, submitOf(browser, "/order"));

			// she confirms and delivers
			switchTo(browser, seller.email(), TestParticipants.PASSWORD);
			browser.get(url("/me" + orderPath));
			Browser.clickThrough(browser, submitOf(browser, "/confirm"));
			Browser.clickThrough(browser, submitOf(browser, "/deliver"));

			// the buyer confirms receipt and records the payment
			switchTo(browser, "buyer@demo.local", DemoUsers.PASSWORD);
			browser.get(url("/buyer" + orderPath));
			Browser.clickThrough(browser, submitOf(browser, "/receive"));
			date(browser, "paidOn", LocalDate.now());
			Browser.type(browser, "reference", "SP2D-2026-" + word);
			Browser.clickThrough(browser, submitOf(browser, "/payment"));
			Browser.screenshot(browser, "journey-3-paid");

			// her P5 names the buyer; the dashboard counts Rp 950.000 more for the buyer's organisation
			switchTo(browser, seller.email(), TestParticipants.PASSWORD);
			browser.get(url("/me"));
			assertThat(browser.findElement(By.id("main")).getText())
				.contains("Penjualan pertama lewat e-Order: " + organisation);
			Browser.fullPageScreenshot(browser, "journey-4-p5");
			refresh.refresh();
			switchTo(browser, "admin@demo.local", DemoUsers.PASSWORD);
			browser.get(url("/admin/dashboard?year=" + year));
			assertThat(buyerRevenue(browser, organisation) - revenueBefore).isEqualTo(950_000L);
			browser.executeScript("document.getElementById('eorder-title').scrollIntoView()");
			Browser.screenshot(browser, "journey-5-dashboard");
		}
		finally {
			browser.quit();
		}
	}

	/** A product of hers, curated and graded A (what curation leaves; the catalogue shows only such products). */
	private long curated(long participantId, String name) {
		return jdbc.queryForObject("""
				insert into outlet_product (participant_id, name, sector, price, packaging, status, grade, graded_at)
				values (?, ?, 'KULINER', 45000, 'Toples plastik 500 g berlabel', 'GRADED', 'A', now()) returning id
				""", Long.class, participantId, name);
	}

	/** The revenue the dashboard's table of buying organisations shows for one, read from the summaries. */
	private long buyerRevenue(String organisation, int year) {
		return jdbc.queryForObject("select coalesce(sum(revenue), 0) from dashboard_eorder where organisation_name = ? "
				+ "and year = ?", Long.class, organisation, year);
	}

	/** The same, read off the page. */
	private static long buyerRevenue(ChromeDriver browser, String organisation) {
		for (WebElement row : browser.findElements(By.cssSelector("#table-eorder-buyer tbody tr"))) {
			List<String> cells = row.findElements(By.cssSelector("th, td"))
				.stream()
				.map(c -> c.getAttribute("textContent").strip())
				.toList();
			if (cells.get(0).equals(organisation)) {
				return Long.parseLong(cells.get(cells.size() - 1).replace(".", ""));
			}
		}
		throw new AssertionError(organisation + " not in the dashboard's table of buyers");
	}

	/** The submit button of the form whose action ends with this path. */
	private static WebElement submitOf(ChromeDriver browser, String action) {
		return browser.findElement(By.cssSelector("main form[action$='" + action + "'] button[type=submit]"));
	}

	/** A date field set as the browser's date picker would (typing depends on the browser's locale). */
	private static void date(ChromeDriver browser, String id, LocalDate day) {
		browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), day.toString());
	}

	private void switchTo(ChromeDriver browser, String email, String password) {
		browser.manage().deleteAllCookies();
		Browser.logIn(browser, url("/login"), email, password);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
