package id.jakpreneur.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.licensing.Certificates;
import id.jakpreneur.portal.licensing.LicenceStatus;
import id.jakpreneur.portal.licensing.domain.LicenceDraft;
import id.jakpreneur.portal.licensing.domain.Licences;
import id.jakpreneur.portal.outlet.OutletFixtures;
import id.jakpreneur.portal.outlet.domain.Eligibility;
import id.jakpreneur.portal.outlet.domain.Grade;
import id.jakpreneur.portal.outlet.domain.OutletManagement;
import id.jakpreneur.portal.outlet.domain.OutletRules;
import id.jakpreneur.portal.outlet.domain.ProductCuration;
import id.jakpreneur.portal.outlet.query.CallQueries;
import id.jakpreneur.portal.support.Browser;
import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PostgresTest;
import id.jakpreneur.portal.support.TestParticipants;
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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 18 in real Chromium: one citizen's licence with a way back. She records her NIB with the photo of its
 * certificate; the officer returns it with a reason; she reads the reason, corrects the number and sends a new
 * photo; the officer verifies it; P4 is complete on her home page and an outlet call that needs an NIB now takes
 * her. Her other food licences were verified before; the NIB is the last one her route needs.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@PostgresTest
class LicenceReviewBrowserTests {

	private static final String REASON = "Foto sertifikat terpotong, nomor NIB tidak terbaca utuh.";

	@LocalServerPort
	int port;

	@Autowired
	Registration registration;

	@Autowired
	ParticipantRecords records;

	@Autowired
	AccountManagement accounts;

	@Autowired
	OutletManagement outlets;

	@Autowired
	ProductCuration curation;

	@Autowired
	Licences licences;

	@Autowired
	CallQueries calls;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aReturnedLicenceIsCorrectedVerifiedAndCompletesP4AndOpensAnOutlet() throws Exception {
		OutletFixtures f = new OutletFixtures(outlets, curation, registration, records, accounts);
		OutletFixtures.Curated siti = f.curated("Siti Rahmawati", Grade.A);
		LocalDate issued = OutletFixtures.today().minusMonths(4);
		for (Object[] l : new Object[][] { { LicenceType.PKP, "PKP 31/2026" }, { LicenceType.SPP_IRT, "2093171010123-31" },
				{ LicenceType.HALAL, "ID31110000123450331" } }) {
			long id = licences.record(siti.user(),
					new LicenceDraft((LicenceType) l[0], null, LicenceStatus.ISSUED, (String) l[1], issued, null));
			licences.verify(f.officer(), siti.participantId(), id);
		}
		long callId = f.call(f.outlet(1, new OutletRules(Set.of(), null, EnumSet.of(LicenceType.NIB), null, 0,
				BigDecimal.ZERO, 2)));
		assertThat(refusals(siti, callId)).containsExactly("outlet.reason.LICENCE.NIB");
		String wrong = "91203" + String.format("%08d", siti.participantId() % 100_000_000);
		String right = "91204" + String.format("%08d", siti.participantId() % 100_000_000);
		Path photo = Files.createTempFile("sertifikat-nib", ".png");
		Files.write(photo, Certificates.photo().getBytes());

		ChromeDriver me = Browser.start(1280, 1000);
		ChromeDriver officer = Browser.start(360, 780);
		try {
			logIn(me, siti.email(), TestParticipants.PASSWORD);
			me.get(url("/me/licences?type=NIB"));
			new Select(me.findElement(By.id("type"))).selectByValue("NIB");
			Browser.click(me, me.findElement(By.cssSelector("input[name=status][value=ISSUED]")));
			Browser.type(me, "number", wrong);
			me.executeScript("arguments[0].value = arguments[1]", me.findElement(By.id("issuedOn")),
					issued.toString());
			me.findElement(By.id("document")).sendKeys(photo.toString());
			save(me, "Izin tersimpan");
			assertThat(me.findElement(By.id("licence-NIB")).getText()).contains(wrong, "Menunggu verifikasi");

			logIn(officer, "officer@demo.local", DemoUsers.PASSWORD);
			officer.get(url("/officer/entrepreneurs/" + siti.participantId() + "/licences"));
			WebElement nib = officer.findElement(By.id("licence-NIB"));
			assertThat(nib.findElement(By.cssSelector("a[href^='/documents/']")).getText()).contains("sertifikat-nib");
			long licenceId = jdbc.queryForObject(
					"select id from licence where participant_id = ? and licence_type = 'NIB'", Long.class,
					siti.participantId());
			Browser.type(officer, "reason-" + licenceId, REASON);
			Browser.clickThrough(officer, nib.findElement(By.cssSelector("form[action$='/return'] button")));
			assertThat(officer.findElement(By.cssSelector(".alert-success")).getText()).contains("Izin dikembalikan");
			assertThat(Browser.pageWidth(officer)).isLessThanOrEqualTo(360);
			Browser.screenshot(officer, "licence-returned-officer-360");

			me.get(url("/me/licences"));
			assertThat(me.findElement(By.id("returned-NIB")).getText()).contains("Petugas mengembalikan", REASON);
			Browser.screenshot(me, "licence-returned-citizen-1280");
			Browser.clickThrough(me, me.findElement(By.cssSelector("#licence-NIB a[href*='type=NIB']")));
			assertThat(me.findElement(By.id("number")).getAttribute("value")).isEqualTo(wrong);
			Browser.type(me, "number", right);
			me.findElement(By.id("document")).sendKeys(photo.toString());
			save(me, "Izin dikirim ulang");
			assertThat(me.findElement(By.id("licence-NIB")).getText()).contains(right, "Menunggu verifikasi")
				.doesNotContain(REASON);

			officer.get(url("/officer/licences"));
			assertThat(officer.findElement(By.tagName("main")).getText()).contains(right);
			officer.get(url("/officer/entrepreneurs/" + siti.participantId() + "/licences"));
			Browser.clickThrough(officer,
					officer.findElement(By.cssSelector("#licence-NIB form[action$='/verify'] button")));
			assertThat(officer.findElement(By.cssSelector(".alert-success")).getText()).contains("Izin diverifikasi");
			assertThat(officer.findElement(By.cssSelector("main .alert[role=status]")).getText())
				.contains("P4 Perizinan selesai");

			me.get(url("/me"));
			WebElement p4 = me.findElement(By.xpath("//ol[@id='steps']/li[.//a[@href='/me/licences']]"));
			assertThat(p4.findElement(By.cssSelector(".badge.text-bg-success")).getText()).isEqualTo("Selesai");
			Browser.screenshot(me, "licence-p4-complete-1280");
			me.get(url("/me/timeline"));
			assertThat(me.findElement(By.tagName("main")).getText()).contains("dikembalikan petugas", REASON,
					"diperbaiki dan dikirim ulang", "diverifikasi petugas");
		}
		finally {
			me.quit();
			officer.quit();
			Files.deleteIfExists(photo);
		}
		assertThat(refusals(siti, callId)).isEmpty();
	}

	private java.util.List<String> refusals(OutletFixtures.Curated citizen, long callId) {
		return calls.eligibility(records.ofAccount(citizen.user().accountId()).orElseThrow(), callId)
			.refusals()
			.stream()
			.map(Eligibility.Refusal::messageKey)
			.toList();
	}

	private static void save(ChromeDriver browser, String success) {
		Browser.clickThrough(browser, browser.findElement(By.cssSelector("form[action='/me/licences'] button[type=submit]")));
		assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).contains(success);
	}

	private void logIn(ChromeDriver browser, String email, String password) {
		Browser.logIn(browser, url("/login"), email, password);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
