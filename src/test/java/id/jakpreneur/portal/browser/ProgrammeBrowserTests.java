package id.jakpreneur.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.training.domain.ClassDraft;
import id.jakpreneur.portal.training.domain.SessionDraft;
import id.jakpreneur.portal.training.domain.TrainingClasses;
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

/**
 * Real Chromium through P2 and P6: a participant enrols in a class on a desktop, the officer ticks attendance on a
 * 360 px phone, the participant opens the printable certificate; and three monthly reports draw the chart.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@PostgresTest
class ProgrammeBrowserTests {

	private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

	@LocalServerPort
	int port;

	@Autowired
	Registration registration;

	@Autowired
	ParticipantRecords records;

	@Autowired
	AccountManagement accounts;

	@Autowired
	TrainingClasses classes;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Autowired
	id.jakpreneur.portal.reporting.domain.ReportReviews reviews;

	@Test
	void aParticipantEnrolsTheOfficerTakesAttendanceOnAPhoneAndTheCertificateOpens() throws Exception {
		TestParticipants people = new TestParticipants(registration, records, accounts);
		TestParticipants.Registered dewi = people.registerValidated("Dewi Sartika", "31.71.01.1003", Sector.KULINER);
		PortalUser officer = people.user("officer@demo.local");
		String title = "Kelas Kuliner Petojo " + UUID.randomUUID().toString().substring(0, 6);
		long classId = classes.create(officer,
				new ClassDraft(title, Sector.KULINER, "31.71", "31.71.01", 30, 1, null, "Dinas PPKUKM DKI Jakarta"));
		long sessionId = classes.addSession(officer, classId, new SessionDraft(LocalDate.now(JAKARTA),
				LocalTime.of(9, 0), LocalTime.of(12, 0), "Aula Kantor Kecamatan Gambir"));

		ChromeDriver desktop = Browser.start(1280, 900);
		try {
			logIn(desktop, dewi.email(), TestParticipants.PASSWORD);
			desktop.get(url("/me/classes"));
			WebElement card = desktop.findElement(By.xpath("//article[.//h2[text()='" + title + "']]"));
			Browser.clickThrough(desktop, card.findElement(By.cssSelector("form button[type=submit]")));
			assertThat(desktop.findElement(By.cssSelector(".alert-success")).getText()).contains("Anda terdaftar");
			assertThat(desktop.findElement(By.xpath("//article[.//h2[text()='" + title + "']]")).getText())
				.contains("Terdaftar");
			Browser.screenshot(desktop, "p2-enrolled-1280");
		}
		finally {
			desktop.quit();
		}

		// attendance is taken once the session has started, the certificate once the class has ended (decision 101)
		jdbc.update("update training_session set session_date = session_date - 1 where id = ?", sessionId);
		ChromeDriver phone = Browser.start(360, 780);
		try {
			logIn(phone, "officer@demo.local", DemoUsers.PASSWORD);
			phone.get(url("/officer/classes/" + classId + "/sessions/" + sessionId + "/attendance"));
			Browser.screenshot(phone, "p2-attendance-before-360");
			phone.findElement(By.xpath("//label[.//span[text()='Dewi Sartika']]")).click();
			assertThat(phone.findElement(By.xpath("//label[.//span[text()='Dewi Sartika']]/input")).isSelected())
				.isTrue();
			assertThat(pageWidth(phone)).isLessThanOrEqualTo(360);
			Browser.clickThrough(phone, phone.findElement(By.cssSelector(".attendance-save button")));
			assertThat(phone.findElement(By.cssSelector(".alert-success")).getText()).contains("Sertifikat diterbitkan");
			assertThat(phone.findElement(By.xpath("//label[.//span[text()='Dewi Sartika']]/input")).isSelected())
				.isTrue();
			Browser.screenshot(phone, "p2-attendance-saved-360");

			phone.manage().deleteAllCookies();
			logIn(phone, dewi.email(), TestParticipants.PASSWORD);
			phone.get(url("/me/classes"));
			Browser.clickThrough(phone, phone
				.findElement(By.xpath("//article[.//h2[text()='" + title + "']]//a[contains(@href,'/certificate')]")));
			assertThat(phone.findElement(By.cssSelector(".certificate-name")).getText()).isEqualTo("Dewi Sartika");
			assertThat(phone.findElement(By.cssSelector(".certificate-number")).getText())
				.contains(String.format("/%06d/%06d", classId, dewi.id()));
			assertThat(pageWidth(phone)).isLessThanOrEqualTo(360);
			Browser.screenshot(phone, "p2-certificate-360");
		}
		finally {
			phone.quit();
		}

		ChromeDriver print = Browser.start(1280, 900);
		try {
			logIn(print, dewi.email(), TestParticipants.PASSWORD);
			print.get(url("/me/classes/" + classId + "/certificate"));
			assertThat(print.findElement(By.tagName("h1")).getText()).isEqualTo("Sertifikat Pelatihan");
			Browser.screenshot(print, "p2-certificate-1280");
			// the print stylesheet leaves the certificate alone on the page
			print.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
			assertThat(print.findElement(By.cssSelector(".portal-header")).isDisplayed()).isFalse();
			assertThat(print.findElement(By.cssSelector("[data-print]")).isDisplayed()).isFalse();
			assertThat(print.findElement(By.cssSelector(".certificate")).isDisplayed()).isTrue();
			Browser.screenshot(print, "p2-certificate-print");
		}
		finally {
			print.quit();
		}
	}

	@Test
	void threeMonthlyReportsDrawTheTwelveMonthChartBesideItsTable() throws Exception {
		TestParticipants people = new TestParticipants(registration, records, accounts);
		TestParticipants.Registered rina = people.register("Rina Pelapor", "31.71.01.1001", Sector.KULINER, 9_000_000);
		YearMonth now = YearMonth.now(JAKARTA);
		for (int width : new int[] { 1280, 360 }) {
			ChromeDriver browser = Browser.start(width, width > 400 ? 1000 : 780);
			try {
				logIn(browser, rina.email(), TestParticipants.PASSWORD);
				if (width > 400) {
					fileReport(browser, now.minusMonths(3), "9.000.000", "6.500.000");
					fileReport(browser, now.minusMonths(2), "11.250.000", "7.000.000");
					fileReport(browser, now.minusMonths(1), "14.000.000", "8.200.000");
					// only verified reports count for P6 (decision 102): the demo officer of Gambir verifies them
					PortalUser officer = people.user("officer@demo.local");
					for (long id : jdbc.queryForList("select id from financial_report where participant_id = ?",
							Long.class, rina.id())) {
						reviews.verify(officer, rina.id(), id);
					}
					browser.get(url("/me/reports"));
					assertThat(browser.findElement(By.cssSelector("main .alert[role=status]")).getText())
						.contains("Langkah P6 Pelaporan keuangan selesai");
				}
				browser.get(url("/me/reports"));
				Boolean drawn = (Boolean) browser.executeScript(
						"var c = document.getElementById('report-chart'); var chart = Chart.getChart(c);"
								+ " return chart != null && chart.data.datasets[0].data.filter(v => v != null).length === 3"
								+ " && c.clientWidth > 0 && c.clientHeight > 0;");
				assertThat(drawn).as("chart drawn with three months at " + width + " px").isTrue();
				assertThat(browser.findElement(By.cssSelector("main table")).getText()).contains("14.000.000",
						"5.800.000");
				assertThat(pageWidth(browser)).isLessThanOrEqualTo(width);
				browser.executeScript(
						"document.getElementById('chart-title').scrollIntoView({ behavior: 'instant', block: 'start' })");
				Browser.screenshot(browser, "p6-reports-chart-" + width);
			}
			finally {
				browser.quit();
			}
		}
	}

	private void fileReport(ChromeDriver browser, YearMonth month, String sales, String costs) {
		browser.get(url("/me/reports"));
		browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("month")),
				month.toString());
		type(browser, "sales", sales);
		type(browser, "costs", costs);
		type(browser, "employees", "2");
		type(browser, "shareOffline", "70");
		type(browser, "shareSocialMedia", "30");
		Browser.clickThrough(browser, browser.findElement(By.cssSelector("form[action='/me/reports'] button[type=submit]")));
		assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).contains("Laporan bulanan tersimpan");
	}

	private static void type(ChromeDriver browser, String id, String text) {
		WebElement field = browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	private void logIn(ChromeDriver browser, String email, String password) {
		Browser.logIn(browser, url("/login"), email, password);
	}

	private static int pageWidth(ChromeDriver browser) {
		return ((Number) browser.executeScript("return document.documentElement.scrollWidth")).intValue();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
