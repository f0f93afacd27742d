package id.jakpreneur.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.outlet.domain.OutletDraft;
import id.jakpreneur.portal.outlet.domain.OutletKind;
import id.jakpreneur.portal.outlet.domain.OutletManagement;
import id.jakpreneur.portal.outlet.domain.OutletRules;
import id.jakpreneur.portal.outlet.domain.PhotoType;
import id.jakpreneur.portal.outlet.domain.PlaceDraft;
import id.jakpreneur.portal.outlet.domain.PlaceKind;
import id.jakpreneur.portal.support.Browser;
import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PostgresTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Real Chromium through the outlet flow: the officer opens a call on a desktop, the demo entrepreneur applies with
 * her curated product on a 360 px phone, the officer allocates a place, she confirms it on the phone; then the
 * month calendar on both widths; and a photo over 2 MB refused beside the field, by the script and by the server.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@PostgresTest
class OutletBrowserTests {

	private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	OutletManagement outlets;

	@Test
	void theOfficerOpensACallTheEntrepreneurAppliesTheOfficerAllocatesAndSheConfirms() throws Exception {
		PortalUser officer = (PortalUser) accounts.loadUserByUsername("officer@demo.local");
		String name = "Bazar Kelurahan Gambir " + UUID.randomUUID().toString().substring(0, 6);
		long outletId = outlets.create(officer, new OutletDraft(name, OutletKind.BAZAAR, null,
				"Taman Lapangan Banteng sisi utara", "31.71.01.1001", "Sabtu–Minggu 08.00–20.00",
				new OutletRules(Set.of(), null, Set.of(), null, 150_000, new BigDecimal("10"), 2)));
		outlets.addPlace(officer, outletId, new PlaceDraft("TENDA-01", PlaceKind.TENT, 3));
		outlets.addPlace(officer, outletId, new PlaceDraft("TENDA-02", PlaceKind.TENT, 3));
		LocalDate today = LocalDate.now(JAKARTA);
		LocalDate start = today.plusDays(7);

		ChromeDriver desk = Browser.start(1280, 900);
		ChromeDriver phone = Browser.start(360, 780);
		try {
			logIn(desk, "officer@demo.local");
			desk.get(url("/officer/outlets/" + outletId));
			setDate(desk, "startsOn", start);
			setDate(desk, "endsOn", start.plusDays(6));
			setDate(desk, "applyUntil", today.plusDays(1));
			Browser.clickThrough(desk, desk.findElement(By.cssSelector("form[action$='/calls'] button[type=submit]")));
			assertThat(desk.findElement(By.cssSelector(".alert-success")).getText()).contains("Panggilan dibuka");
			String boardUrl = desk.getCurrentUrl();
			Browser.fullPageScreenshot(desk, "p5-call-opened-1280");

			logIn(phone, "warga@demo.local");
			phone.get(url("/me/outlets?size=100"));
			WebElement card = phone.findElement(By.xpath("//article[.//h3[text()='" + name + "']]"));
			Browser.clickThrough(phone, card.findElement(By.cssSelector("button[type=submit]")));
			assertThat(phone.findElement(By.cssSelector(".alert-success")).getText()).contains("Pendaftaran terkirim");
			assertThat(pageWidth(phone)).isLessThanOrEqualTo(360);
			Browser.fullPageScreenshot(phone, "p5-applied-360");

			desk.get(boardUrl);
			WebElement applicant = desk.findElement(By.xpath("//li[contains(@class,'applicant')][.//div[text()='Siti Rahmawati']]"));
			new Select(applicant.findElement(By.tagName("select"))).selectByVisibleText("TENDA-02");
			Browser.clickThrough(desk, applicant.findElement(By.cssSelector("button[type=submit]")));
			assertThat(desk.findElement(By.cssSelector(".alert-success")).getText()).contains("Tempat dialokasikan");
			assertThat(desk.findElement(By.xpath("//table[.//td[text()='TENDA-02']]")).getText())
				.contains("Siti Rahmawati", "Ditawarkan");
			Browser.fullPageScreenshot(desk, "p5-allocated-1280");

			phone.get(url("/me/outlets"));
			WebElement booking = phone.findElement(By.xpath("//article[contains(@class,'booking')][.//h3[text()='" + name + "']]"));
			assertThat(booking.getText()).contains("tempat TENDA-02", "Konfirmasi sebelum");
			Browser.screenshot(phone, "p5-offer-360");
			Browser.clickThrough(phone, booking.findElement(By.xpath(".//button[text()='Konfirmasi tempat']")));
			assertThat(phone.findElement(By.cssSelector(".alert-success")).getText()).contains("terkonfirmasi");
			assertThat(phone.findElement(By.xpath("//article[contains(@class,'booking')][.//h3[text()='" + name + "']]"))
				.getText()).contains("Terkonfirmasi");
			assertThat(pageWidth(phone)).isLessThanOrEqualTo(360);
			Browser.screenshot(phone, "p5-confirmed-360");

			String calendar = url("/officer/outlets/" + outletId + "/calendar?month=" + java.time.YearMonth.from(start));
			desk.get(calendar);
			assertThat(desk.findElement(By.cssSelector(".outlet-calendar")).getText()).contains("Siti Rahmawati");
			Browser.screenshot(desk, "p5-calendar-1280");
			phone.manage().deleteAllCookies();
			logIn(phone, "officer@demo.local");
			phone.get(calendar);
			WebElement grid = phone.findElement(By.cssSelector(".outlet-calendar"));
			Number scrollable = (Number) phone.executeScript("return arguments[0].scrollWidth - arguments[0].clientWidth", grid);
			assertThat(scrollable.intValue()).as("the calendar scrolls sideways inside its box").isPositive();
			assertThat(pageWidth(phone)).isLessThanOrEqualTo(360);
			Browser.screenshot(phone, "p5-calendar-360");
		}
		finally {
			desk.quit();
			phone.quit();
		}
	}

	@Test
	void aPhotoOverTwoMegabytesIsRefusedBesideTheFieldWithAndWithoutTheScript() throws Exception {
		Path big = Files.createDirectories(Path.of("target", "uploads")).resolve("besar.jpg");
		byte[] bytes = new byte[PhotoType.MAX_BYTES + 700_000];
		bytes[0] = (byte) 0xFF;
		bytes[1] = (byte) 0xD8;
		bytes[2] = (byte) 0xFF;
		Files.write(big, bytes);
		ChromeDriver phone = Browser.start(360, 780);
		try {
			logIn(phone, "warga@demo.local");
			for (boolean script : new boolean[] { true, false }) {
				phone.get(url("/me/outlets/products/new"));
				if (!script) {
					phone.executeScript("document.getElementById('photo').removeAttribute('data-max-bytes');"
							+ "var f = document.querySelector('main form'); f.replaceWith(f.cloneNode(true));");
				}
				phone.findElement(By.id("name")).sendKeys("Kue Lapis Legit");
				new Select(phone.findElement(By.id("sector"))).selectByValue("KULINER");
				phone.findElement(By.id("price")).sendKeys("85.000");
				phone.findElement(By.id("packaging")).sendKeys("Kotak mika 20 x 20 cm");
				phone.findElement(By.id("photo")).sendKeys(big.toAbsolutePath().toString());
				WebElement submit = phone.findElement(By.cssSelector("main form button[type=submit]"));
				phone.executeScript("arguments[0].scrollIntoView({ block: 'center' })", submit);
				submit.sendKeys(org.openqa.selenium.Keys.ENTER);
				String shown = script ? "photo-size-error" : "photo-error";
				assertThat(phone.findElement(By.id(shown)).getText()).isEqualTo("Foto terlalu besar: paling besar 2 MB.");
				assertThat(phone.findElement(By.id("name")).getAttribute("value")).isEqualTo("Kue Lapis Legit");
				assertThat(pageWidth(phone)).isLessThanOrEqualTo(360);
				Browser.screenshot(phone, "p5-upload-too-large-" + (script ? "script" : "server") + "-360");
			}
		}
		finally {
			phone.quit();
		}
	}

	private void setDate(ChromeDriver browser, String id, LocalDate date) {
		browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), date.toString());
	}

	private void logIn(ChromeDriver browser, String email) {
		Browser.logIn(browser, url("/login"), email, DemoUsers.PASSWORD);
	}

	private static int pageWidth(ChromeDriver browser) {
		return ((Number) browser.executeScript("return document.documentElement.scrollWidth")).intValue();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
