package id.jakpreneur.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.assessment.domain.Assessing;
import id.jakpreneur.portal.assessment.AssessmentReference;
import id.jakpreneur.portal.assessment.AssessmentSummary;
import id.jakpreneur.portal.assessment.Assessments;
import id.jakpreneur.portal.assessment.FreshParticipants;
import id.jakpreneur.portal.assessment.FreshParticipants.Fresh;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.support.Browser;
import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PostgresTest;
import java.util.Locale;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo entrepreneur answers the assessment questionnaire in real Chromium and finds her phase, track and the
 * reasons on {@code /me}, on a desktop and on a 360 px phone.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@PostgresTest
class AssessmentBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	ParticipantRecords records;

	@Autowired
	Assessments assessments;

	@Autowired
	AssessmentReference reference;

	@Autowired
	Registration registration;

	@Autowired
	Assessing assessing;

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = { 1280, 360 })
	void theDemoEntrepreneurAnswersTheQuestionnaireAndSeesPhaseTrackAndReasons(int width) throws Exception {
		PortalUser siti = (PortalUser) accounts.loadUserByUsername(DemoUsers.emailOf(Role.ENTREPRENEUR));
		long participantId = records.ofAccount(siti.accountId()).orElseThrow().id();
		ChromeDriver browser = Browser.start(width, width > 400 ? 900 : 780);
		SoftAssertions softly = new SoftAssertions();
		try {
			Browser.logIn(browser, "http://localhost:" + port + "/login", DemoUsers.emailOf(Role.ENTREPRENEUR), DemoUsers.PASSWORD);
			Browser.clickThrough(browser, browser.findElement(By.cssSelector("main a[href='/me/assessment']")));

			assertThat(Browser.urlOnceItEndsWith(browser, "/me/assessment")).endsWith("/me/assessment");
			softly.assertThat(browser.findElement(By.id("capital")).getAttribute("value")).as("prefilled capital")
				.isNotBlank();
			fullPage(browser, width, "assessment-questionnaire-" + width);
			answer(browser);
			Browser.clickThrough(browser, browser.findElement(By.cssSelector("main form button[type=submit]")));

			assertThat(Browser.urlOnceItEndsWith(browser, "/me")).endsWith("/me");
			AssessmentSummary latest = assessments.latest(participantId).orElseThrow();
			String page = browser.findElement(By.tagName("main")).getText();
			softly.assertThat(browser.findElement(By.cssSelector(".alert-success")).getText())
				.contains("Penilaian selesai");
			softly.assertThat(browser.findElement(By.cssSelector(".assessment-phase")).getText())
				.isEqualTo(reference.phase(latest.phase()).name(Locale.forLanguageTag("id")));
			softly.assertThat(browser.findElement(By.cssSelector(".assessment-track")).getText())
				.isEqualTo(reference.track(latest.track()).name(Locale.forLanguageTag("id")));
			softly.assertThat(page).contains("Mengapa hasilnya begini");
			// the reasons are folded away under that question: open them as the citizen would
			Browser.click(browser, browser.findElement(By.xpath("//main//summary[contains(., 'Mengapa hasilnya begini')]")));
			page = browser.findElement(By.tagName("main")).getText();
			softly.assertThat(browser.findElements(By.cssSelector(".assessment-reasons li")))
				.hasSize(latest.reasons().size());
			softly.assertThat(page).contains("Anda menyebut pemasaran sebagai kendala utama");
			Number scrollWidth = (Number) browser.executeScript("return document.documentElement.scrollWidth");
			softly.assertThat(scrollWidth.intValue()).as("page width").isLessThanOrEqualTo(width);
			fullPage(browser, width, "assessment-home-" + width);
		}
		finally {
			browser.quit();
		}
		softly.assertAll();
	}

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = { 1280, 360 })
	void theOfficerFindsTheEntrepreneurInTheMentorQueueAndOpensHerAssessment(int width) throws Exception {
		// A new entrepreneur of the officer's area who needs a mentor (the demo entrepreneur already has one).
		Fresh waiting = FreshParticipants.register(registration, accounts, FreshParticipants.GAMBIR,
				FreshParticipants.kuliner());
		assessing.selfAssess(waiting.user(), FreshParticipants.answers(Map.of()));
		long participantId = waiting.id();
		AssessmentSummary latest = assessments.latest(participantId).orElseThrow();
		ChromeDriver browser = Browser.start(width, width > 400 ? 900 : 780);
		try {
			Browser.logIn(browser, "http://localhost:" + port + "/login", DemoUsers.emailOf(Role.OFFICER), DemoUsers.PASSWORD);
			Browser.clickThrough(browser, browser.findElement(By.cssSelector("main a[href='/officer/assessments/queue']")));
			new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("track")))
				.selectByValue(latest.track().name());
			Browser.clickThrough(browser, browser.findElement(By.cssSelector("main form button[type=submit]")));
			fullPage(browser, width, "assessment-queue-" + width);
			By herAssessment = By.cssSelector("main a[href='/officer/entrepreneurs/" + participantId + "/assessment/result']");
			// the newest in the queue waits longest: the officer pages on until she appears (the suite's database is shared)
			for (int page = 0; !Browser.has(browser, herAssessment) && page < 500; page++) {
				Browser.clickThrough(browser, browser.findElement(By.cssSelector("main a.page-link[href*='after=']")));
			}
			Browser.clickThrough(browser, browser.findElement(herAssessment));
			assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Peserta Uji");
			assertThat(browser.findElement(By.cssSelector(".assessment-phase")).getText())
				.isEqualTo(reference.phase(latest.phase()).name(Locale.forLanguageTag("id")));
			assertThat(browser.findElement(By.id("reason")).getAttribute("maxlength")).isEqualTo("500");
			Number scrollWidth = (Number) browser.executeScript("return document.documentElement.scrollWidth");
			assertThat(scrollWidth.intValue()).as("page width").isLessThanOrEqualTo(width);
			fullPage(browser, width, "assessment-officer-" + width);
		}
		finally {
			browser.quit();
		}
	}

	/**
	 * A kuliner seller with an NIB and an SPP-IRT, books in order and online, who names marketing as the obstacle:
	 * with no basic need left, mentoring follows the obstacle.
	 */
	private static void answer(ChromeDriver browser) {
		WebElement spp = browser.findElement(By.cssSelector("input[name=licences][value=SPP_IRT]"));
		if (!spp.isSelected()) {
			Browser.click(browser, spp);
		}
		WebElement sppNumber = browser.findElement(By.id("sppIrtNumber"));
		sppNumber.clear();
		sppNumber.sendKeys("P-IRT 2093171010123-27");
		for (String yes : new String[] { "sellsRegularly", "hasPackaging", "hasLabel", "knowsShelfLife",
				"hasDigitalPresence", "keepsBooks", "separatesMoney" }) {
			Browser.click(browser, browser.findElement(By.cssSelector("input[name=" + yes + "][value=true]")));
		}
		Browser.click(browser, browser.findElement(By.cssSelector("input[name=hadCredit][value=false]")));
		Browser.click(browser, browser.findElement(By.cssSelector("input[name=mainObstacle][value=MARKETING]")));
	}

	/** A screenshot of the whole page: the window is made as tall as the page first. */
	private static void fullPage(ChromeDriver browser, int width, String name) throws Exception {
		Number height = (Number) browser.executeScript("return document.documentElement.scrollHeight");
		browser.manage().window().setSize(new Dimension(width, Math.min(height.intValue() + 140, 6000)));
		Browser.screenshot(browser, name);
		browser.manage().window().setSize(new Dimension(width, width > 400 ? 900 : 780));
	}

}
