package id.jakpreneur.portal.browser;

import static id.jakpreneur.portal.browser.RegistrationBrowserTests.setDate;
import static id.jakpreneur.portal.browser.RegistrationBrowserTests.tick;
import static id.jakpreneur.portal.browser.RegistrationBrowserTests.type;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import id.jakpreneur.portal.entrepreneur.domain.Gender;
import id.jakpreneur.portal.support.Browser;
import id.jakpreneur.portal.support.Citizens;
import id.jakpreneur.portal.support.PostgresTest;
import id.jakpreneur.portal.support.TestMail;
import id.jakpreneur.portal.support.TestWhatsApp;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * A citizen with a mobile number and no e-mail, on a 360 px phone: she registers with the number only, opens the
 * activation link that came by WhatsApp (the test's stand-in for the Cloud API), logs out, forgets her password, resets
 * it through the link WhatsApp brought, and logs in with her number and the new password.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@PostgresTest
@Import({ TestMail.class, TestWhatsApp.class })
class PhoneOnlyAccountBrowserTests {

	private static final String NEW_PASSWORD = "Warung-Nasi-Uduk-2027";

	@LocalServerPort
	int port;

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	@Test
	void aCitizenWithOnlyAMobileNumberRegistersResetsHerPasswordByWhatsAppAndLogsIn() throws Exception {
		String number = Citizens.mobileNumber();
		ChromeDriver phone = Browser.start(360, 740);
		try {
			register(phone, number);
			assertThat(Browser.urlOnceItEndsWith(phone, "/register/received?by=phone")).contains("by=phone");
			Browser.fullPageScreenshot(phone, "phone-only-received-360");

			String activation = TestWhatsApp.awaitFirstParameter(number, "jakpreneur_registration_activation");
			phone.get(url(activation.substring(activation.indexOf("/register/activate"))));
			Browser.clickThrough(phone, phone.findElement(By.id("activate-submit")));
			assertThat(Browser.urlOnceItEndsWith(phone, "/me")).endsWith("/me");
			assertThat(phone.findElement(By.tagName("h1")).getText()).isEqualTo("Halo, Siti Aminah");

			logOut(phone);
			assertThat(Browser.urlOnceItEndsWith(phone, "/login?logout")).contains("logout");
			Browser.clickThrough(phone, phone.findElement(By.id("forgot-link")));
			assertThat(Browser.urlOnceItEndsWith(phone, "/forgot-password")).endsWith("/forgot-password");
			// typed as people write it, with spaces
			type(phone, "loginName", number.substring(0, 4) + " " + number.substring(4, 8) + " " + number.substring(8));
			Browser.clickThrough(phone, phone.findElement(By.id("forgot-submit")));
			assertThat(phone.findElement(By.id("forgot-sent")).getText()).contains("30 menit");

			String reset = TestWhatsApp.awaitFirstParameter(number, "jakpreneur_password_reset");
			assertThat(reset).contains("/reset-password?token=");
			phone.get(url(reset.substring(reset.indexOf("/reset-password"))));
			type(phone, "newPassword", NEW_PASSWORD);
			type(phone, "confirmPassword", NEW_PASSWORD);
			Browser.clickThrough(phone, phone.findElement(By.id("reset-submit")));
			assertThat(Browser.urlOnceItEndsWith(phone, "/me")).endsWith("/me");

			logOut(phone);
			assertThat(Browser.urlOnceItEndsWith(phone, "/login?logout")).contains("logout");
			type(phone, "username", number);
			type(phone, "password", NEW_PASSWORD);
			Browser.clickThrough(phone, phone.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")));
			assertThat(Browser.urlOnceItEndsWith(phone, "/me")).endsWith("/me");
			assertThat(phone.findElement(By.tagName("h1")).getText()).isEqualTo("Halo, Siti Aminah");
			Browser.fullPageScreenshot(phone, "phone-only-me-360");
		}
		finally {
			phone.quit();
		}
	}

	/** On a phone the menu is folded: open it, wait for "Keluar" to show, and tap it. */
	private static void logOut(ChromeDriver phone) {
		Browser.click(phone, phone.findElement(By.cssSelector(".navbar-toggler")));
		WebElement logout = phone.findElement(By.cssSelector("form[action$='/logout'] button"));
		new WebDriverWait(phone, Duration.ofSeconds(10)).until(d -> logout.isDisplayed());
		Browser.clickThrough(phone, logout);
	}

	/** The registration journey with a mobile number and no e-mail. */
	private void register(ChromeDriver phone, String number) {
		phone.get(url("/register"));
		LocalDate born = LocalDate.of(1985, 4, 12);
		type(phone, "phone", number);
		type(phone, "password", Citizens.PASSWORD);
		type(phone, "confirmPassword", Citizens.PASSWORD);
		next(phone, "/register/person");
		type(phone, "fullName", "Siti Aminah");
		type(phone, "nik", Citizens.nik("317106", born, Gender.FEMALE));
		type(phone, "kk", Citizens.kk());
		tick(phone, "gender2");
		setDate(phone, "birthDate", born.toString());
		next(phone, "/register/address");
		new Select(phone.findElement(By.id("cityCode"))).selectByVisibleText("Kota Administrasi Jakarta Pusat");
		new Select(phone.findElement(By.id("districtCode"))).selectByVisibleText("Menteng");
		new Select(phone.findElement(By.id("villageCode"))).selectByVisibleText("Gondangdia");
		type(phone, "address", "Gang Sentiong No. 7");
		next(phone, "/register/business");
		tick(phone, "stage2");
		type(phone, "businessName", "Nasi Uduk Bu Siti");
		new Select(phone.findElement(By.id("sector"))).selectByValue("KULINER");
		type(phone, "products", "Nasi uduk dan gorengan");
		setDate(phone, "startedOn", "2021-06-01");
		type(phone, "capital", "3.000.000");
		type(phone, "monthlySales", "6.000.000");
		type(phone, "employees", "1");
		tick(phone, "keepsBooks2");
		tick(phone, "hadCredit2");
		next(phone, "/register/sales");
		tick(phone, "channels1");
		next(phone, "/register/consent");
		tick(phone, "consent1");
		next(phone, "/register/check");
		Browser.clickThrough(phone, phone.findElement(By.id("journey-next")));
	}

	private static void next(ChromeDriver phone, String path) {
		Browser.clickThrough(phone, phone.findElement(By.id("journey-next")));
		assertThat(Browser.urlOnceItEndsWith(phone, path)).endsWith(path);
	}

}
