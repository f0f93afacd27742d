package id.jakpreneur.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.assessment.Track;
import id.jakpreneur.portal.assessment.domain.Answers;
import id.jakpreneur.portal.assessment.domain.Assessing;
import id.jakpreneur.portal.assessment.policy.MainObstacle;
import id.jakpreneur.portal.entrepreneur.BusinessStage;
import id.jakpreneur.portal.entrepreneur.LicenceType;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.SalesChannel;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.notification.Notifications;
import id.jakpreneur.portal.mentoring.domain.Assignments;
import id.jakpreneur.portal.mentoring.domain.EndReason;
import id.jakpreneur.portal.mentoring.domain.MentorDetails;
import id.jakpreneur.portal.mentoring.domain.MentorManagement;
import id.jakpreneur.portal.mentoring.query.AssignPage;
import id.jakpreneur.portal.mentoring.query.AssignmentQueries;
import id.jakpreneur.portal.mentoring.query.MentorProfile;
import id.jakpreneur.portal.mentoring.query.MentorQueries;
import id.jakpreneur.portal.shared.Jakarta;
import id.jakpreneur.portal.support.Browser;
import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PostgresTest;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Real Chromium through mentoring, on a desktop and on a 360 px phone: the demo officer assigns the demo mentor to
 * the demo entrepreneur with one click from the queue; the mentor, told by the bell, logs a visit with an agreed
 * action; the entrepreneur, told by the bell, reads the session on {@code /me/mentoring} and ticks the action done.
 * The other tests share the database, so the starting point is set through the portal's own services: she is
 * assessed (marketing track, so mentoring is needed), her current mentor if any is ended, the demo mentor takes
 * mentees and has a free seat, and both bells start at zero.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@PostgresTest
class MentoringBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	ParticipantRecords records;

	@Autowired
	Assessing assessing;

	@Autowired
	AssignmentQueries suggestions;

	@Autowired
	Assignments assignments;

	@Autowired
	MentorManagement mentors;

	@Autowired
	MentorQueries mentorQueries;

	@Autowired
	Notifications notices;

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = { 1280, 360 })
	void theOfficerAssignsTheDemoMentorWhoLogsASessionThatTheEntrepreneurSeesAndTicks(int width) throws Exception {
		PortalUser officer = user(Role.OFFICER);
		PortalUser mentor = user(Role.MENTOR);
		PortalUser siti = user(Role.ENTREPRENEUR);
		long sitiId = records.ofAccount(siti.accountId()).orElseThrow().id();
		MentorProfile demoMentor = readyToTakeAMentee(officer, mentor);
		Track track = waitingForAMentor(officer, siti, sitiId);
		notices.markAllRead(mentor.accountId());
		notices.markAllRead(siti.accountId());
		String topic = "Foto produk dan katalog WhatsApp " + UUID.randomUUID().toString().substring(0, 6);
		String action = "Unggah 10 foto produk ke katalog WhatsApp Business";
		LocalDate due = LocalDate.now(Jakarta.ZONE).plusDays(14);

		ChromeDriver browser = Browser.start(width, height(width));
		SoftAssertions softly = new SoftAssertions();
		try {
			logIn(browser, DemoUsers.emailOf(Role.OFFICER));
			browser.get(url("/officer/assignments"));
			new Select(browser.findElement(By.id("track"))).selectByValue(track.name());
			Browser.clickThrough(browser, browser.findElement(By.cssSelector("main form[method=get] button[type=submit]")));
			WebElement row = queueRow(browser, sitiId);
			softly.assertThat(row.getText()).contains("Siti Rahmawati");
			shot(browser, width, "mentoring-queue-" + width);
			String queue = browser.getCurrentUrl();
			Browser.clickThrough(browser, row.findElement(By.cssSelector("a[href='/officer/assignments/" + sitiId + "']")));
			softly.assertThat(browser.findElement(By.cssSelector(".suggestion-table")).getText())
				.contains(demoMentor.fullName(), "Keahlian sesuai jalur");
			softly.assertThat(pageWidth(browser)).as("suggestions width").isLessThanOrEqualTo(width);
			shot(browser, width, "mentoring-suggestions-" + width);
			browser.get(queue);
			row = queueRow(browser, sitiId);
			Browser.clickThrough(browser, row.findElement(By.xpath(
					".//form[input[@name='mentorId'][@value='" + demoMentor.id() + "']]//button[@type='submit']")));
			assertThat(browser.findElement(By.cssSelector(".alert-success")).getText())
				.isEqualTo("Pendamping berhasil ditugaskan.");
			softly.assertThat(Browser.has(browser, By.id("pick-" + sitiId))).as("she left the queue").isFalse();
			softly.assertThat(pageWidth(browser)).as("queue width").isLessThanOrEqualTo(width);
			browser.get(url("/officer/assignments/" + sitiId));
			softly.assertThat(browser.findElement(By.id("current-title")).findElement(By.xpath("..")).getText())
				.contains(demoMentor.fullName());
			softly.assertThat(pageWidth(browser)).as("participant page width").isLessThanOrEqualTo(width);
			shot(browser, width, "mentoring-assigned-" + width);

			browser.manage().deleteAllCookies();
			logIn(browser, DemoUsers.emailOf(Role.MENTOR));
			browser.get(url("/mentor"));
			softly.assertThat(bell(browser)).as("mentor's bell: new mentee").isEqualTo(1);
			shot(browser, width, "mentoring-mentor-home-" + width);
			Browser.clickThrough(browser, browser.findElement(By.cssSelector("main a[href='/mentor/mentees/" + sitiId + "']")));
			Browser.clickThrough(browser, browser.findElement(
					By.cssSelector("main a[href='/mentor/mentees/" + sitiId + "/sessions/new']")));
			Browser.click(browser, browser.findElement(By.cssSelector("input[name=mode][value=VISIT]")));
			browser.findElement(By.id("topics")).sendKeys(topic);
			browser.findElement(By.id("notes"))
				.sendKeys("Kunjungan ke warung. Foto produk masih gelap; sepakat memotret ulang di siang hari.");
			browser.findElement(By.id("actions0.description")).sendKeys(action);
			setDate(browser, "actions0.dueOn", due);
			shot(browser, width, "mentoring-session-form-" + width);
			Browser.clickThrough(browser, browser.findElement(By.cssSelector("main form button[type=submit]")));
			assertThat(browser.findElement(By.cssSelector(".alert-success")).getText())
				.isEqualTo("Sesi tersimpan; peserta mendapat pemberitahuan.");
			softly.assertThat(browser.findElement(By.tagName("main")).getText()).contains(topic, action);
			softly.assertThat(pageWidth(browser)).as("mentee page width").isLessThanOrEqualTo(width);
			shot(browser, width, "mentoring-mentee-" + width);

			browser.manage().deleteAllCookies();
			logIn(browser, DemoUsers.emailOf(Role.ENTREPRENEUR));
			softly.assertThat(bell(browser)).as("entrepreneur's bell: mentor assigned, session logged").isEqualTo(2);
			browser.get(url("/me/mentoring"));
			String page = browser.findElement(By.tagName("main")).getText();
			softly.assertThat(page).contains(demoMentor.fullName(), topic, action);
			softly.assertThat(pageWidth(browser)).as("/me/mentoring width").isLessThanOrEqualTo(width);
			shot(browser, width, "mentoring-me-" + width);
			WebElement open = browser.findElement(By.xpath(
					"//section[@aria-labelledby='actions-title']//li[.//span[text()='" + action + "']]"));
			Browser.clickThrough(browser, open.findElement(By.cssSelector("button[type=submit]")));
			assertThat(browser.findElement(By.cssSelector(".alert-success")).getText())
				.isEqualTo("Tindak lanjut ditandai selesai.");
			softly.assertThat(Browser.has(browser, By.xpath(
					"//section[@aria-labelledby='actions-title']//li[.//span[text()='" + action + "']]")))
				.as("no longer open")
				.isFalse();
			WebElement ticked = browser.findElement(By.xpath("//article[.//dd[text()='" + topic + "']]//li[.//span[text()='"
					+ action + "']]"));
			softly.assertThat(ticked.getText()).contains("Selesai");
			shot(browser, width, "mentoring-me-done-" + width);
			Browser.clickThrough(browser, browser.findElements(By.cssSelector("a.notice-bell")).stream()
				.filter(WebElement::isDisplayed)
				.findFirst()
				.orElseThrow());
			softly.assertThat(browser.findElement(By.tagName("main")).getText()).contains(demoMentor.fullName());
			softly.assertThat(pageWidth(browser)).as("notices width").isLessThanOrEqualTo(width);
			shot(browser, width, "mentoring-notices-" + width);
		}
		finally {
			browser.quit();
		}
		softly.assertAll();
	}

	/** The demo mentor takes new mentees and has a seat free, whatever other tests did to him. */
	private MentorProfile readyToTakeAMentee(PortalUser officer, PortalUser mentor) {
		MentorProfile profile = mentorQueries.own(mentor).orElseThrow();
		if (profile.freeSeats() == 0 && profile.capacity() == profile.capacityLimit()) {
			mentors.update(officer, profile.id(), new MentorDetails(profile.fullName(), profile.phone(), profile.kind(),
					profile.agencyCode(), profile.organisation(), profile.tracks(), profile.districtCodes(),
					profile.languages(), Math.min(50, profile.capacityLimit() + 1), profile.paused()));
			profile = mentorQueries.own(mentor).orElseThrow();
		}
		if (profile.paused() || profile.freeSeats() == 0) {
			mentors.updateOwn(mentor, Math.max(profile.capacity(), profile.activeMentees() + 1), false);
			profile = mentorQueries.own(mentor).orElseThrow();
		}
		return profile;
	}

	/**
	 * She answers the questionnaire naming marketing as the obstacle (the demo mentor's track), so P3 Pendampingan is
	 * needed; a mentor she has from an earlier test is ended.
	 */
	private Track waitingForAMentor(PortalUser officer, PortalUser siti, long sitiId) {
		assessing.selfAssess(siti, new Answers(BusinessStage.RUNNING, LocalDate.of(2023, 6, 1), Sector.KULINER, true,
				9_000_000, 4_500_000, 1, Map.of(LicenceType.NIB, "9120301234567"), true, false, true,
				EnumSet.of(SalesChannel.OFFLINE, SalesChannel.SOCIAL_MEDIA), false, false, false, true,
				MainObstacle.MARKETING));
		AssignPage page = suggestions.page(officer, sitiId);
		if (page.current() != null) {
			assignments.end(officer, sitiId, EndReason.COMPLETED, "Diakhiri untuk uji peramban pendampingan.");
			page = suggestions.page(officer, sitiId);
		}
		assertThat(page.mentee().waitingSince()).as("she waits for a mentor").isNotNull();
		assertThat(page.mentee().track()).isIn(List.of(Track.MARKETING_AND_DIGITAL, Track.LEGALITY_AND_STANDARDS,
				Track.FINANCE_AND_BOOKKEEPING));
		return page.mentee().track();
	}

	/** Her row in the queue filtered by her track, following "next" if earlier participants fill the first pages. */
	private static WebElement queueRow(ChromeDriver browser, long participantId) {
		for (int page = 0; page < 50; page++) {
			List<WebElement> pick = Browser.elementsNow(browser, By.id("pick-" + participantId));
			if (!pick.isEmpty()) {
				return pick.get(0).findElement(By.xpath("./ancestor::tr"));
			}
			List<WebElement> next = Browser.elementsNow(browser, By.xpath("//li[not(contains(@class,'disabled'))]/a[text()='"
					+ "Berikutnya']"));
			assertThat(next).as("participant %d in the queue", participantId).isNotEmpty();
			Browser.clickThrough(browser, next.get(0));
		}
		throw new AssertionError("participant " + participantId + " not found in 50 pages of the queue");
	}

	/** The unread count the bell shows (its badge may sit in the folded menu on a phone). */
	private static int bell(ChromeDriver browser) {
		List<WebElement> badge = Browser.elementsNow(browser, By.cssSelector("a.notice-bell .badge"));
		return badge.isEmpty() ? 0 : Integer.parseInt(badge.get(0).getAttribute("textContent").strip());
	}

	private PortalUser user(Role role) {
		return (PortalUser) accounts.loadUserByUsername(DemoUsers.emailOf(role));
	}

	private void logIn(ChromeDriver browser, String email) {
		Browser.logIn(browser, url("/login"), email, DemoUsers.PASSWORD);
	}

	private static void setDate(ChromeDriver browser, String id, LocalDate date) {
		browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), date.toString());
	}

	private static void shot(ChromeDriver browser, int width, String name) throws Exception {
		Browser.fullPageScreenshot(browser, name);
	}

	private static int height(int width) {
		return width > 400 ? 900 : 780;
	}

	private static int pageWidth(ChromeDriver browser) {
		return ((Number) browser.executeScript("return document.documentElement.scrollWidth")).intValue();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
