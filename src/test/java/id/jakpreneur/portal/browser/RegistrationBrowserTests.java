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
 * A citizen registers on a phone (360 × 740) from the landing page, through one validation error, to the "received"
 * page, then opens the link mailed to them and lands on /me.
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
			Browser.fullPageScreenshot(browser, "register-360-empty");

			LocalDate born = LocalDate.of(1992, 11, 3);
			String nik = Citizens.nik("317106", born, Gender.MALE);
			String email = Citizens.email("hp");
			type(browser, "email", email);
			type(browser, "password", Citizens.PASSWORD);
			type(browser, "confirmPassword", Citizens.PASSWORD);
			type(browser, "fullName", "Agus Salim");
			type(browser, "nik", nik);
			type(browser, "kk", Citizens.kk());
			tick(browser, "gender1");
			// a date input takes the date in the browser's locale order; set it the way a picker would
			setDate(browser, "birthDate", born.toString());
			type(browser, "phone", "0857 1234 5678");
			new Select(browser.findElement(By.id("cityCode"))).selectByVisibleText("Kota Administrasi Jakarta Pusat");
			new Select(browser.findElement(By.id("districtCode"))).selectByVisibleText("Menteng");
			Select villages = new Select(browser.findElement(By.id("villageCode")));
			assertThat(villages.getOptions()).as("only Menteng's kelurahan are offered").hasSize(6);
			villages.selectByVisibleText("Gondangdia");
			type(browser, "address", "Jl. Cikini Raya No. 3");
			tick(browser, "stage2");
			type(browser, "businessName", "Kopi Agus");
			new Select(browser.findElement(By.id("sector"))).selectByValue("KULINER");
			type(browser, "products", "Kopi susu botolan");
			setDate(browser, "startedOn", "2022-02-01");
			type(browser, "capital", "7.500.000");
			type(browser, "monthlySales", "abc");
			type(browser, "employees", "2");
			tick(browser, "channels2");
			tick(browser, "keepsBooks1");
			tick(browser, "hadCredit2");
			tick(browser, "consent1");
			submit(browser);

			// the server refuses the sales figure, keeps everything else, and asks again for the password
			assertThat(browser.findElement(By.cssSelector("#monthlySales.is-invalid"))).isNotNull();
			assertThat(browser.findElement(By.id("businessName")).getAttribute("value")).isEqualTo("Kopi Agus");
			assertThat(new Select(browser.findElement(By.id("villageCode"))).getFirstSelectedOption().getText())
				.isEqualTo("Gondangdia");
			Browser.fullPageScreenshot(browser, "register-360-error");
			type(browser, "monthlySales", "12.000.000");
			type(browser, "password", Citizens.PASSWORD);
			type(browser, "confirmPassword", Citizens.PASSWORD);
			submit(browser);

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

	private static void submit(ChromeDriver browser) {
		Browser.clickThrough(browser, browser.findElement(By.id("register-submit")));
	}

}
