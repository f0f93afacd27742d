package id.jakpreneur.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import id.jakpreneur.portal.entrepreneur.domain.Gender;
import id.jakpreneur.portal.support.Browser;
import id.jakpreneur.portal.support.Citizens;
import id.jakpreneur.portal.support.Mailbox;
import id.jakpreneur.portal.support.PostgresTest;
import id.jakpreneur.portal.support.TestMail;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * A citizen registers on a phone (360 × 740) from the landing page, page by page through the registration journey
 * (one validation error, one step back, one change from the check page), to the "received" page, then opens the link
 * mailed to them and lands on /me. Every page is photographed at 360 px (target/screenshots/register-360-*).
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@PostgresTest
@Import(TestMail.class)
class RegistrationBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void aCitizenRegistersOnAPhoneActivatesByMailAndLandsOnMe() throws Exception {
		ChromeDriver browser = Browser.start(360, 740);
		try {
			browser.get("http://localhost:" + port + "/");
			Browser.screenshot(browser, "landing-360");
			Browser.clickThrough(browser, browser.findElement(By.linkText("Daftar sekarang")));
			assertThat(Browser.urlOnceItEndsWith(browser, "/register")).endsWith("/register");
			page(browser, "1-account");

			LocalDate born = LocalDate.of(1992, 11, 3);
			String nik = Citizens.nik("317106", born, Gender.MALE);
			String email = Citizens.email("hp");
			type(browser, "phone", "0857 1234 5678");
			type(browser, "email", email);
			type(browser, "password", Citizens.PASSWORD);
			type(browser, "confirmPassword", Citizens.PASSWORD);
			next(browser, "/register/person");

			page(browser, "2-person");
			type(browser, "fullName", "Agus Salim");
			type(browser, "nik", nik);
			type(browser, "kk", Citizens.kk());
			tick(browser, "gender1");
			// a date input takes the date in the browser's locale order; set it the way a picker would
			setDate(browser, "birthDate", born.toString());
			next(browser, "/register/address");

			page(browser, "3-address");
			new Select(browser.findElement(By.id("cityCode"))).selectByVisibleText("Kota Administrasi Jakarta Pusat");
			new Select(browser.findElement(By.id("districtCode"))).selectByVisibleText("Menteng");
			Select villages = new Select(browser.findElement(By.id("villageCode")));
			assertThat(villages.getOptions()).as("only Menteng's kelurahan are offered").hasSize(6);
			villages.selectByVisibleText("Gondangdia");
			type(browser, "address", "Jl. Cikini Raya No. 3");
			next(browser, "/register/business");

			page(browser, "4-business");
			tick(browser, "stage2");
			type(browser, "businessName", "Kopi Agus");
			new Select(browser.findElement(By.id("sector"))).selectByValue("KULINER");
			type(browser, "products", "Kopi susu botolan");
			setDate(browser, "startedOn", "2022-02-01");
			type(browser, "capital", "7.500.000");
			type(browser, "monthlySales", "abc");
			type(browser, "employees", "2");
			tick(browser, "keepsBooks1");
			tick(browser, "hadCredit2");
			Browser.clickThrough(browser, browser.findElement(By.id("journey-next")));

			// the server refuses the sales figure beside its field and keeps everything else of the page
			assertThat(browser.findElement(By.cssSelector("#monthlySales.is-invalid"))).isNotNull();
			assertThat(browser.findElement(By.id("businessName")).getAttribute("value")).isEqualTo("Kopi Agus");
			page(browser, "4-business-error");
			type(browser, "monthlySales", "12.000.000");
			next(browser, "/register/sales");

			page(browser, "5-sales");
			tick(browser, "channels2");
			// back to the business page: its answers are still there
			Browser.clickThrough(browser, browser.findElement(By.id("journey-back")));
			assertThat(Browser.urlOnceItEndsWith(browser, "/register/business")).endsWith("/register/business");
			assertThat(browser.findElement(By.id("monthlySales")).getAttribute("value")).isEqualTo("12.000.000");
			next(browser, "/register/sales");
			assertThat(browser.findElement(By.id("channels2")).isSelected()).as("kept when going back").isTrue();
			next(browser, "/register/consent");

			page(browser, "6-consent");
			tick(browser, "consent1");
			next(browser, "/register/check");

			page(browser, "7-check");
			assertThat(browser.getPageSource()).contains("Gondangdia", "Kopi Agus", "Agus Salim").doesNotContain(nik);
			Browser.clickThrough(browser, browser.findElement(By.id("change-address")));
			assertThat(Browser.urlOnceItEndsWith(browser, "/register/address?from=check")).contains("from=check");
			type(browser, "address", "Jl. Cikini Raya No. 5");
			next(browser, "/register/check");
			assertThat(browser.getPageSource()).contains("Jl. Cikini Raya No. 5");
			Browser.clickThrough(browser, browser.findElement(By.id("journey-next")));

			assertThat(Browser.urlOnceItEndsWith(browser, "/register/received")).endsWith("/register/received");
			assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Pendaftaran diterima");
			Browser.fullPageScreenshot(browser, "register-360-received");

			String link = Mailbox.text(Mailbox.awaitMailTo(email)).lines()
				.filter(line -> line.contains("/register/activate?token="))
				.findFirst()
				.orElseThrow()
				.strip();
			browser.get("http://localhost:" + port + link.substring(link.indexOf("/register/activate")));
			Browser.clickThrough(browser, browser.findElement(By.id("activate-submit")));
			assertThat(Browser.urlOnceItEndsWith(browser, "/me")).endsWith("/me");
			assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Halo, Agus Salim");
			assertThat(browser.getPageSource()).contains("Menunggu validasi").doesNotContain(nik);
			Number scrollWidth = (Number) browser.executeScript("return document.documentElement.scrollWidth");
			assertThat(scrollWidth.intValue()).isLessThanOrEqualTo(360);
			Browser.fullPageScreenshot(browser, "me-360-after-registration");
		}
		finally {
			browser.quit();
		}
	}

	static void type(ChromeDriver browser, String id, String text) {
		WebElement field = browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	/** Ticks a radio button or checkbox the way a person does: by tapping its label. */
	static void tick(ChromeDriver browser, String id) {
		WebElement label = browser.findElement(By.cssSelector("label[for='" + id + "']"));
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", label);
		label.click();
		assertThat(browser.findElement(By.id(id)).isSelected()).as(id + " ticked").isTrue();
	}

	static void setDate(ChromeDriver browser, String id, String isoDate) {
		((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id,
				isoDate);
	}

	/** "Lanjut", then the next page's address (no answer in it: the draft stays on the server). */
	private static void next(ChromeDriver browser, String path) {
		Browser.clickThrough(browser, browser.findElement(By.id("journey-next")));
		assertThat(Browser.urlOnceItEndsWith(browser, path)).endsWith(path);
	}

	/** A page of the journey as a phone shows it: its progress, nothing wider than the screen, and a screenshot. */
	private static void page(ChromeDriver browser, String name) throws java.io.IOException {
		assertThat(browser.findElement(By.id("journey-progress")).getText()).matches("Langkah \\d dari 7");
		Number scrollWidth = (Number) browser.executeScript("return document.documentElement.scrollWidth");
		assertThat(scrollWidth.intValue()).as(name + " fits 360 px").isLessThanOrEqualTo(360);
		Browser.fullPageScreenshot(browser, "register-360-" + name);
	}

}
