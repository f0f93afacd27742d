package id.jakpreneur.portal.browser;

import static id.jakpreneur.portal.browser.RegistrationBrowserTests.setDate;
import static id.jakpreneur.portal.browser.RegistrationBrowserTests.tick;
import static id.jakpreneur.portal.browser.RegistrationBrowserTests.type;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.NewAccount;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.entrepreneur.domain.Gender;
import id.jakpreneur.portal.support.Browser;
import id.jakpreneur.portal.support.Citizens;
import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.Mailbox;
import id.jakpreneur.portal.support.PostgresTest;
import id.jakpreneur.portal.support.TestMail;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Accounts someone else opens, in a real Chromium on a phone-sized window (360 px): the person gets a printed slip
 * with a one-time code and chooses their own password on /activate before they can do anything.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@PostgresTest
@Import(TestMail.class)
class ActivationBrowserTests {

	private static final String OWN_PASSWORD = "Sambal-Bu-Tini-88";

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Test
	void aWalkInCitizenRegisteredAtTheCounterActivatesHerAccountWithTheCodeFromTheSlip() throws Exception {
		String email = Citizens.email("loket");
		String[] slip;
		ChromeDriver counter = Browser.start(360, 740);
		try {
			Browser.logIn(counter, url("/login"), DemoUsers.emailOf(Role.OFFICER), DemoUsers.PASSWORD);
			counter.get(url("/officer/entrepreneurs/new"));
			assertThat(Browser.has(counter, By.id("password"))).as("no password typed at the counter").isFalse();
			fillWalkIn(counter, email);
			slip = readSlip(counter);
			assertThat(slip[0]).isEqualTo(email);
			assertThat(counter.findElement(By.cssSelector(".activation-slip ol")).getText()).contains("http://")
				.contains("/activate")
				.doesNotContain("${");
			Browser.fullPageScreenshot(counter, "activation-slip-360");
			assertNoSidewaysScroll(counter);
		}
		finally {
			counter.quit();
		}
		ChromeDriver phone = Browser.start(360, 740);
		try {
			phone.get(url("/login"));
			Browser.clickThrough(phone, phone.findElement(By.id("activate-link")));
			assertThat(Browser.urlOnceItEndsWith(phone, "/activate")).endsWith("/activate");
			Browser.fullPageScreenshot(phone, "activate-360");
			type(phone, "loginName", slip[0]);
			type(phone, "code", slip[1].toLowerCase(java.util.Locale.ROOT));
			type(phone, "newPassword", OWN_PASSWORD);
			type(phone, "confirmPassword", OWN_PASSWORD + "x");
			Browser.clickThrough(phone, phone.findElement(By.id("activate-submit")));
			// the repetition differs: said beside the field, login and code kept, passwords not
			assertThat(phone.findElement(By.cssSelector("#confirmPassword.is-invalid"))).isNotNull();
			assertThat(phone.findElement(By.id("code")).getAttribute("value")).isEqualToIgnoringCase(slip[1]);
			Browser.fullPageScreenshot(phone, "activate-360-error");
			type(phone, "newPassword", OWN_PASSWORD);
			type(phone, "confirmPassword", OWN_PASSWORD);
			Browser.clickThrough(phone, phone.findElement(By.id("activate-submit")));
			assertThat(Browser.urlOnceItEndsWith(phone, "/me")).endsWith("/me");
			assertThat(phone.findElement(By.tagName("h1")).getText()).isEqualTo("Halo, Sri Wahyuni");
			assertThat(phone.getPageSource()).contains("Akun Anda sudah aktif");
		}
		finally {
			phone.quit();
		}
	}

	@Test
	void aStaffAccountCreatedByTheAdministratorMustSetItsOwnPasswordFirst() throws Exception {
		String email = "petugas-" + UUID.randomUUID() + "@example.id";
		String[] slip;
		ChromeDriver admin = Browser.start(1280, 900);
		try {
			Browser.logIn(admin, url("/login"), DemoUsers.emailOf(Role.ADMIN), DemoUsers.PASSWORD);
			admin.get(url("/admin/users/new"));
			assertThat(Browser.has(admin, By.id("password"))).as("the administrator sets no password").isFalse();
			type(admin, "fullName", "Bambang Pamungkas");
			type(admin, "email", email);
			tick(admin, "role1");
			new Select(admin.findElement(By.id("areaCodes"))).selectByValue("31.71");
			Browser.clickThrough(admin, admin.findElement(By.cssSelector("main form button[type=submit]")));
			slip = readSlip(admin);
		}
		finally {
			admin.quit();
		}
		ChromeDriver officer = Browser.start(360, 740);
		try {
			// no password works before the activation: the account is closed
			officer.get(url("/login"));
			officer.findElement(By.id("username")).sendKeys(email);
			officer.findElement(By.id("password")).sendKeys(OWN_PASSWORD);
			Browser.clickThrough(officer, officer.findElement(By.cssSelector("main form button[type=submit]")));
			assertThat(officer.getCurrentUrl()).contains("/login?error");
			officer.get(url("/activate"));
			type(officer, "loginName", slip[0]);
			type(officer, "code", slip[1]);
			type(officer, "newPassword", OWN_PASSWORD);
			type(officer, "confirmPassword", OWN_PASSWORD);
			Browser.clickThrough(officer, officer.findElement(By.id("activate-submit")));
			assertThat(Browser.urlOnceItEndsWith(officer, "/officer")).endsWith("/officer");
			assertThat(officer.getPageSource()).contains("Akun Anda sudah aktif");
		}
		finally {
			officer.quit();
		}
	}

	@Test
	void aPersonWhoForgotTheirPasswordSetsANewOneThroughTheMailedLink() throws Exception {
		String email = DemoUsers.emailOf(Role.MENTOR).replace("mentor@", "lupa-" + UUID.randomUUID() + "@");
		accounts.open(new NewAccount(email, "Rudi Lupa", Role.MENTOR, "Pendamping-Lama-1", Set.of("31.71.01"), false));
		ChromeDriver phone = Browser.start(360, 740);
		try {
			phone.get(url("/login"));
			Browser.clickThrough(phone, phone.findElement(By.id("forgot-link")));
			assertThat(Browser.urlOnceItEndsWith(phone, "/forgot-password")).endsWith("/forgot-password");
			Browser.fullPageScreenshot(phone, "forgot-password-360");
			type(phone, "loginName", email);
			Browser.clickThrough(phone, phone.findElement(By.id("forgot-submit")));
			assertThat(phone.findElement(By.id("forgot-sent")).getText()).contains("30 menit");
			Browser.fullPageScreenshot(phone, "forgot-password-360-sent");
			String link = Mailbox.text(Mailbox.awaitMailContaining(email, "/reset-password?token=")).lines()
				.filter(line -> line.contains("/reset-password?token="))
				.findFirst()
				.orElseThrow()
				.strip();
			phone.get(url(link.substring(link.indexOf("/reset-password"))));
			Browser.fullPageScreenshot(phone, "reset-password-360");
			type(phone, "newPassword", "password");
			type(phone, "confirmPassword", "password");
			Browser.clickThrough(phone, phone.findElement(By.id("reset-submit")));
			assertThat(phone.findElement(By.cssSelector("#newPassword.is-invalid"))).isNotNull();
			Browser.fullPageScreenshot(phone, "reset-password-360-error");
			type(phone, "newPassword", OWN_PASSWORD);
			type(phone, "confirmPassword", OWN_PASSWORD);
			Browser.clickThrough(phone, phone.findElement(By.id("reset-submit")));
			assertThat(Browser.urlOnceItEndsWith(phone, "/mentor")).endsWith("/mentor");
			assertThat(phone.getPageSource()).contains("Kata sandi baru tersimpan");
		}
		finally {
			phone.quit();
		}
	}

	/** The login and the code as the slip shows them, once the slip page is there. */
	private static String[] readSlip(ChromeDriver browser) {
		String code = browser.findElement(By.id("slip-code")).getText();
		assertThat(code).matches("[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}");
		return new String[] { browser.findElement(By.id("slip-login")).getText(), code };
	}

	/** The counter's registration journey, page by page, up to and including the check page's "send". */
	private static void fillWalkIn(ChromeDriver browser, String email) {
		LocalDate born = LocalDate.of(1979, 4, 21);
		type(browser, "phone", Citizens.mobileNumber());
		type(browser, "email", email);
		next(browser, "/person");
		type(browser, "fullName", "Sri Wahyuni");
		type(browser, "nik", Citizens.nik("317106", born, Gender.FEMALE));
		type(browser, "kk", Citizens.kk());
		tick(browser, "gender2");
		setDate(browser, "birthDate", born.toString());
		next(browser, "/address");
		new Select(browser.findElement(By.id("cityCode"))).selectByVisibleText("Kota Administrasi Jakarta Pusat");
		new Select(browser.findElement(By.id("districtCode"))).selectByVisibleText("Menteng");
		new Select(browser.findElement(By.id("villageCode"))).selectByVisibleText("Gondangdia");
		type(browser, "address", "Jl. Cikini Raya No. 9");
		next(browser, "/business");
		tick(browser, "stage2");
		type(browser, "businessName", "Sambal Bu Sri");
		new Select(browser.findElement(By.id("sector"))).selectByValue("KULINER");
		type(browser, "products", "Sambal botolan");
		setDate(browser, "startedOn", "2020-06-01");
		type(browser, "capital", "3.000.000");
		type(browser, "monthlySales", "4.500.000");
		type(browser, "employees", "1");
		tick(browser, "keepsBooks1");
		tick(browser, "hadCredit2");
		next(browser, "/sales");
		tick(browser, "channels2");
		next(browser, "/consent");
		tick(browser, "consent1");
		next(browser, "/check");
		Browser.clickThrough(browser, browser.findElement(By.id("journey-next")));
	}

	private static void next(ChromeDriver browser, String page) {
		Browser.clickThrough(browser, browser.findElement(By.id("journey-next")));
		assertThat(Browser.urlOnceItEndsWith(browser, "/officer/entrepreneurs/new" + page)).endsWith(page);
	}

	private static void assertNoSidewaysScroll(ChromeDriver browser) {
		Number scrollWidth = (Number) browser.executeScript("return document.documentElement.scrollWidth");
		assertThat(scrollWidth.intValue()).isLessThanOrEqualTo(360);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
