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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Real Chromium along one participant's path through the programme: enrolled in a class, certified after the
 * officer's attendance on a phone (P2); an NIB recorded with its certificate's photo and verified by the officer
 * (P4); three monthly reports
 * (P6); a capital application the partner approves (P7); and all of it on the participant's timeline.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@PostgresTest
class ParticipantPathBrowserTests {

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
	id.jakpreneur.portal.reporting.domain.ReportReviews reviews;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void oneParticipantGoesFromAClassToApprovedCapital() throws Exception {
		TestParticipants people = new TestParticipants(registration, records, accounts);
		TestParticipants.Registered budi = people.registerValidated("Budi Santoso", "31.71.01.1003", Sector.JASA);
		PortalUser officer = people.user("officer@demo.local");
		String title = "Kelas Jasa Petojo " + UUID.randomUUID().toString().substring(0, 6);
		long classId = classes.create(officer,
				new ClassDraft(title, Sector.JASA, "31.71", "31.71.01", 30, 1, null, "Dinas PPKUKM DKI Jakarta"));
		long sessionId = classes.addSession(officer, classId, new SessionDraft(LocalDate.now(JAKARTA),
				LocalTime.of(9, 0), LocalTime.of(12, 0), "Aula Kantor Kecamatan Gambir"));
		String nib = "91203" + String.format("%08d", budi.id() % 100_000_000);

		ChromeDriver me = Browser.start(1280, 1000);
		try {
			logIn(me, budi.email(), TestParticipants.PASSWORD);
			me.get(url("/me/classes"));
			Browser.clickThrough(me, me.findElement(By.xpath("//article[.//h2[text()='" + title + "']]"))
				.findElement(By.cssSelector("form button[type=submit]")));
			assertThat(me.findElement(By.cssSelector(".alert-success")).getText()).contains("Anda terdaftar");

			me.get(url("/me/licences"));
			assertThat(me.findElement(By.id("licence-NIB")).getText()).contains("Berikutnya", "oss.go.id");
			Browser.screenshot(me, "path-licences-before-1280");
			new org.openqa.selenium.support.ui.Select(me.findElement(By.id("type"))).selectByValue("NIB");
			Browser.click(me, me.findElement(By.cssSelector("input[name=status][value=ISSUED]")));
			type(me, "number", nib);
			me.executeScript("arguments[0].value = arguments[1]", me.findElement(By.id("issuedOn")),
					LocalDate.now(JAKARTA).minusMonths(3).toString());
			java.nio.file.Path photo = java.nio.file.Files.createTempFile("sertifikat-nib", ".png");
			java.nio.file.Files.write(photo, id.jakpreneur.portal.licensing.Certificates.photo().getBytes());
			me.findElement(By.id("document")).sendKeys(photo.toString());
			Browser.clickThrough(me, me.findElement(By.cssSelector("form[action='/me/licences'] button[type=submit]")));
			java.nio.file.Files.delete(photo);
			assertThat(me.findElement(By.cssSelector(".alert-success")).getText()).contains("Izin tersimpan");
			assertThat(me.findElement(By.id("licence-NIB")).getText()).contains(nib, "Menunggu verifikasi");
		}
		finally {
			me.quit();
		}

		// attendance is taken once the session has started, the certificate once the class has ended (decision 101)
		jdbc.update("update training_session set session_date = session_date - 1 where id = ?", sessionId);
		ChromeDriver phone = Browser.start(360, 780);
		try {
			logIn(phone, "officer@demo.local", DemoUsers.PASSWORD);
			phone.get(url("/officer/classes/" + classId + "/sessions/" + sessionId + "/attendance"));
			phone.findElement(By.xpath("//label[.//span[text()='Budi Santoso']]")).click();
			Browser.clickThrough(phone, phone.findElement(By.cssSelector(".attendance-save button")));
			assertThat(phone.findElement(By.cssSelector(".alert-success")).getText()).contains("Sertifikat diterbitkan");

			phone.get(url("/officer/entrepreneurs/" + budi.id() + "/licences"));
			Browser.clickThrough(phone, phone.findElement(By.cssSelector("#licence-NIB form button[type=submit]")));
			assertThat(phone.findElement(By.cssSelector(".alert-success")).getText()).contains("Izin diverifikasi");
			assertThat(phone.findElement(By.cssSelector("main .alert[role=status]")).getText())
				.contains("P4 Perizinan selesai");
			assertThat(pageWidth(phone)).isLessThanOrEqualTo(360);
			Browser.screenshot(phone, "path-officer-verified-360");
		}
		finally {
			phone.quit();
		}

		YearMonth now = YearMonth.now(JAKARTA);
		me = Browser.start(1280, 1000);
		try {
			logIn(me, budi.email(), TestParticipants.PASSWORD);
			fileReport(me, now.minusMonths(3), "9.000.000", "6.500.000");
			fileReport(me, now.minusMonths(2), "11.250.000", "7.000.000");
			fileReport(me, now.minusMonths(1), "14.000.000", "8.200.000");
			// only verified reports count for P6 (decision 102): the demo officer of Gambir verifies them
			for (long id : jdbc.queryForList("select id from financial_report where participant_id = ?", Long.class,
					budi.id())) {
				reviews.verify(officer, budi.id(), id);
			}

			me.get(url("/me/capital"));
			Browser.screenshot(me, "path-capital-readiness-1280");
			Browser.click(me, me.findElement(By.xpath("//label[contains(., 'Kredit Usaha Mikro Bank DKI')]")));
			type(me, "amount", "10.000.000");
			type(me, "purpose", "Membeli mesin cuci kedua untuk layanan laundry kiloan");
			Browser.clickThrough(me, me.findElement(By.cssSelector("form[action='/me/capital'] button[type=submit]")));
			assertThat(me.findElement(By.cssSelector(".alert-success")).getText()).contains("Pengajuan modal terkirim");
			assertThat(me.findElement(By.id("applications-title")).isDisplayed()).isTrue();
			// the partner sees nothing until she agrees to share her application with it (decision 106)
			Browser.clickThrough(me, me.findElement(By.cssSelector("form[action$='/share'] button[type=submit]")));
			assertThat(me.findElement(By.cssSelector("form[action$='/unshare']")).isDisplayed()).isTrue();
		}
		finally {
			me.quit();
		}
		long referral = jdbc.queryForObject("select id from partner_referral where participant_id = ?", Long.class,
				budi.id());

		ChromeDriver partner = Browser.start(1280, 1000);
		try {
			logIn(partner, "partner@demo.local", DemoUsers.PASSWORD);
			partner.get(url("/partner/referrals/" + referral));
			assertThat(partner.findElement(By.tagName("main")).getText()).contains("Rp 10.000.000", "Diajukan");
			move(partner, "ACCEPTED");
			// an approval is recorded with its terms (decision 105)
			move(partner, "APPROVED", "approvedAmount", "8.000.000", "tenorMonths", "12", "product", "KUR Mikro",
					"decidedOn", LocalDate.now(JAKARTA).toString());
			assertThat(partner.findElement(By.cssSelector("main h1 + span, main .badge")).getText()).contains("Disetujui");
			Browser.screenshot(partner, "path-partner-approved-1280");
			partner.get(url("/partner/referrals/" + referral + "/pack"));
			String pack = partner.findElement(By.tagName("main")).getText();
			assertThat(pack).contains("Budi Santoso", nib, "Rp 10.000.000", "14.000.000", "****");
			Browser.screenshot(partner, "path-referral-pack-1280");
		}
		finally {
			partner.quit();
		}

		ChromeDriver back = Browser.start(360, 780);
		try {
			logIn(back, budi.email(), TestParticipants.PASSWORD);
			back.get(url("/me"));
			String journey = back.findElement(By.id("journey-title")).findElement(By.xpath("./..")).getText();
			assertThat(journey).contains("Disetujui");
			assertThat(pageWidth(back)).isLessThanOrEqualTo(360);
			back.executeScript("document.getElementById('journey-title').scrollIntoView({ behavior: 'instant' })");
			Browser.screenshot(back, "path-home-journey-360");
			back.get(url("/me/timeline"));
			String timeline = back.findElement(By.cssSelector("ol.timeline")).getText();
			assertThat(timeline).contains("Disetujui", "Izin NIB (lewat OSS) nomor " + nib + " diverifikasi",
					"Langkah Pelatihan selesai", "Langkah Perizinan selesai", "Langkah Pelaporan keuangan selesai");
			assertThat(pageWidth(back)).isLessThanOrEqualTo(360);
			Browser.fullPageScreenshot(back, "path-timeline-360");
		}
		finally {
			back.quit();
		}
	}

	private void move(ChromeDriver browser, String status, String... fieldsAndValues) {
		Browser.click(browser, browser.findElement(By.cssSelector("input[name=status][value=" + status + "]")));
		for (int i = 0; i < fieldsAndValues.length; i += 2) {
			browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(fieldsAndValues[i])),
					fieldsAndValues[i + 1]);
		}
		Browser.clickThrough(browser, browser.findElement(By.cssSelector("form[action$='/status'] button[type=submit]")));
		assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).contains("Status rujukan diperbarui");
	}

	private void fileReport(ChromeDriver browser, YearMonth month, String sales, String costs) {
		browser.get(url("/me/reports"));
		browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("month")),
				month.toString());
		type(browser, "sales", sales);
		type(browser, "costs", costs);
		type(browser, "employees", "2");
		type(browser, "shareOffline", "100");
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
