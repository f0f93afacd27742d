package id.jakpreneur.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.entrepreneur.ParticipantRecords;
import id.jakpreneur.portal.entrepreneur.Sector;
import id.jakpreneur.portal.entrepreneur.domain.Registration;
import id.jakpreneur.portal.support.Accessibility;
import id.jakpreneur.portal.support.Browser;
import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PostgresTest;
import id.jakpreneur.portal.support.TestParticipants;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A page of every route family for every role (anonymous and the demo accounts, with the demo data) on a 360 px
 * phone, and the busiest ones at 320 px: axe-core finds no serious or critical WCAG 2.2 A/AA violation and no page
 * is wider than the screen. Pages reached through a link (a participant, an outlet, a call) follow the first such
 * link of their list. The tally by rule is written to {@code target/accessibility-tour.txt}.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@PostgresTest
@Import(TourData.class)
class AccessibilityTourBrowserTests {

	/** A path, or a list path and the pattern of the first link on it to follow ("list -> pattern"). */
	private static final Map<String, List<String>> PAGES = Map.of(
			"ANONYMOUS", List.of("/", "/privacy", "/login", "/register", "/register/activate?token=unknown",
					"/register/person", "/register/business", "/forgot-password", "/activate", "/no-such-page", "/katalog",
					"/katalog -> ^/katalog/produk/\\d+-[a-z0-9-]+$", "/katalog -> ^/katalog/produk/\\d+-[a-z0-9-]+$ -> /tanya",
					"/pembeli/daftar"),
			"ENTREPRENEUR", List.of("/me", "/me/profile", "/me/privacy", "/me/offers", "/me/classes", "/me/reports",
					"/me/licences", "/me/capital", "/me/timeline", "/me/assessment", "/me/assessment/history",
					"/me/mentoring", "/me/outlets", "/me/outlets/products/new",
					"/me/outlets -> ^/me/outlets/products/\\d+$", "/notifications", "/account/password", "/account",
					"/me/katalog", "/me/orders"),
			"MENTOR", List.of("/mentor", "/mentor/profile", "/mentor/outlets/products", "/notifications"),
			"OFFICER", List.of("/officer", "/officer/dashboard", "/officer/entrepreneurs", "/officer/entrepreneurs/new",
					"/officer/entrepreneurs -> ^/officer/entrepreneurs/\\d+$",
					"/officer/entrepreneurs -> ^/officer/entrepreneurs/\\d+$ -> /edit",
					"/officer/entrepreneurs -> ^/officer/entrepreneurs/\\d+$ -> /licences",
					"/officer/entrepreneurs -> ^/officer/entrepreneurs/\\d+$ -> /timeline",
					"/officer/entrepreneurs -> ^/officer/entrepreneurs/\\d+$ -> /assessment",
					"/officer/registration-claims", "/officer/partners", "/officer/partners -> ^/officer/partners/\\d+$",
					"/officer/referrals", "/officer/referrals/new", "/officer/licences", "/officer/classes",
					"/officer/classes/new", "/officer/classes -> ^/officer/classes/\\d+$", "/officer/assessments/queue",
					"/officer/mentors", "/officer/mentors/new", "/officer/mentors -> ^/officer/mentors/\\d+$",
					"/officer/assignments", "/officer/assignments/bulk",
					"/officer/assignments -> ^/officer/assignments/\\d+$", "/officer/outlets", "/officer/outlets/new",
					"/officer/outlets -> ^/officer/outlets/\\d+$", "/officer/outlets -> ^/officer/outlets/\\d+$ -> /edit",
					"/officer/outlets -> ^/officer/outlets/\\d+$ -> /calendar",
					"/officer/outlets -> ^/officer/outlets/\\d+$ => ^/officer/outlets/calls/\\d+$",
					"/officer/outlets/curation", "/officer/registrations", "/officer/outlets/work",
					"/officer/classes/attendance-due", "/officer/entrepreneurs/new/address", "/notifications"),
			"ADMIN", List.of("/admin", "/admin/users", "/admin/users/new", "/admin/dashboard", "/admin/targets",
					"/admin/assessments/bulk", "/admin/personal-data", "/officer/partners/new", "/notifications",
					"/admin/messages", "/admin/messages?status=FAILED", "/admin/users -> ^/admin/users/\\d+$",
					"/admin/privacy/breach", "/admin/buyers", "/admin/buyers/new", "/admin/buyers/requests",
					"/admin/buyers -> ^/admin/buyers/\\d+$"),
			"PARTNER", List.of("/partner", "/partner/products", "/notifications"),
			"BUYER", List.of("/buyer", "/buyer/orders/find", "/notifications"));

	/** The pages checked again at 320 px, the narrowest width WCAG's reflow asks for. */
	private static final List<String> NARROWEST = List.of("/", "/register", "/me", "/me/licences", "/officer",
			"/officer/assignments", "/admin/dashboard", "/partner", "/buyer",
			"/officer/outlets -> ^/officer/outlets/\\d+$ => ^/officer/outlets/calls/\\d+$");

	/** Of the seller's pages (issues 18 and 22), the busiest, checked again at 320 px. */
	private static final List<String> SELLER_NARROWEST = List.of("/me", "/me/licences", "/me/capital", "/me/privacy",
			"/me/reports");

	@LocalServerPort
	int port;

	private final Map<String, List<Accessibility.Violation>> violations = new TreeMap<>();

	private final List<String> overflows = new ArrayList<>();

	private int pages;

	/** One word longer than a phone is wide, as names and addresses typed in sometimes are. */
	private static final String LONG_WORD = "Kewirausahaanmikrokecilmenengahjakartautarapusatbarat";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Registration registration;

	@Autowired
	ParticipantRecords records;

	@Autowired
	AccountManagement accounts;

	@Autowired
	TourData tourData;

	/**
	 * Besides the demo data: a participant with a long name still to be validated (the officer's page then shows the
	 * validate and return buttons), and for the tour only, mentors and outlets with a long word in their names.
	 */
	@Test
	void everyRouteFamilyOfEveryRoleIsAccessibleOnAPhone() throws IOException {
		long waiting = new TestParticipants(registration, records, accounts)
			.register("Siti " + LONG_WORD, "31.71.01.1001", Sector.KULINER, 5_000_000)
			.id();
		String longName = "/officer/entrepreneurs/" + waiting;
		TourData.Seeded seeded = tourData.seed("Sri " + LONG_WORD);
		jdbc.update("UPDATE mentor SET full_name = full_name || ' ' || ?", LONG_WORD);
		jdbc.update("UPDATE outlet SET name = name || ' ' || ?", LONG_WORD);
		try {
			tour(360, page -> true, longName, seeded);
			tour(320, NARROWEST::contains, longName, seeded);
		}
		finally {
			jdbc.update("UPDATE mentor SET full_name = left(full_name, length(full_name) - ?)", LONG_WORD.length() + 1);
			jdbc.update("UPDATE outlet SET name = left(name, length(name) - ?)", LONG_WORD.length() + 1);
		}
		Map<String, Integer> byRule = new TreeMap<>();
		violations.values().forEach(list -> list.forEach(v -> byRule.merge(v.rule() + " (" + v.impact() + ")", 1, Integer::sum)));
		List<String> report = new ArrayList<>();
		report.add(pages + " pages checked; " + violations.size() + " with serious or critical violations; "
				+ overflows.size() + " wider than the screen");
		byRule.forEach((rule, count) -> report.add("  " + rule + ": " + count + " pages"));
		violations.forEach((page, found) -> found.forEach(v -> report.add(page + "  " + v)));
		report.addAll(overflows);
		Files.createDirectories(Path.of("target"));
		Files.write(Path.of("target", "accessibility-tour.txt"), report);

		assertThat(pages).as("pages checked").isGreaterThanOrEqualTo(60);
		assertThat(violations).as(String.join("\n", report)).isEmpty();
		assertThat(overflows).as(String.join("\n", report)).isEmpty();
	}

	private void tour(int width, Predicate<String> which, String participantToDecide, TourData.Seeded seeded)
			throws IOException {
		ChromeDriver browser = Browser.start(width, 780);
		try {
			for (String who : List.of("ANONYMOUS", "ENTREPRENEUR", "MENTOR", "OFFICER", "ADMIN", "PARTNER", "BUYER")) {
				browser.manage().deleteAllCookies();
				if (!who.equals("ANONYMOUS")) {
					logIn(browser, DemoUsers.emailOf(Role.valueOf(who)));
				}
				for (String page : PAGES.get(who)) {
					if (which.test(page)) {
						visit(browser, width, who + " " + page, () -> open(browser, page));
					}
				}
				if (who.equals("OFFICER")) {
					visit(browser, width, who + " participant to decide", () -> browser.get(url(participantToDecide)));
				}
				List<String> ofSeller = switch (who) {
					case "OFFICER" -> seeded.officer();
					case "MENTOR" -> seeded.mentor();
					case "ADMIN" -> seeded.admin();
					case "PARTNER" -> seeded.partner();
					default -> List.of();
				};
				for (String page : ofSeller) {
					if (width >= 360) {
						visit(browser, width, who + " seller's " + page.replaceAll("\\d+", "{id}"),
								() -> browser.get(url(page)));
					}
				}
			}
			browser.manage().deleteAllCookies();
			logIn(browser, seeded.sellerEmail(), TestParticipants.PASSWORD);
			for (String page : seeded.seller()) {
				if (width >= 360 || SELLER_NARROWEST.contains(page)) {
					visit(browser, width, "SELLER " + page.replaceAll("\\d+", "{id}"), () -> browser.get(url(page)));
				}
			}
		}
		finally {
			browser.quit();
		}
	}

	/**
	 * Opens a page, following links for "list -> pattern [-> suffix]" (the first link on the list whose path matches,
	 * plus a suffix) and "list -> pattern => pattern" (then the first matching link on that page).
	 */
	private void open(ChromeDriver browser, String page) {
		String[] steps = page.split(" ");
		if (steps.length == 1) {
			browser.get(url(page));
			return;
		}
		passThrough(() -> browser.get(url(steps[0])));
		String link = firstLink(browser, steps[2]);
		if (steps.length == 3) {
			browser.get(link);
		}
		else if (steps[3].equals("->")) {
			browser.get(link + steps[4]);
		}
		else {
			passThrough(() -> browser.get(link));
			browser.get(firstLink(browser, steps[4]));
		}
	}

	/** Browser.logIn's steps, past what axe finds on the way: the login page is on the anonymous tour. */
	private void logIn(ChromeDriver browser, String email) {
		logIn(browser, email, DemoUsers.PASSWORD);
	}

	private void logIn(ChromeDriver browser, String email, String password) {
		passThrough(() -> browser.get(url("/login")));
		browser.findElement(By.id("username")).sendKeys(email);
		browser.findElement(By.id("password")).sendKeys(password);
		passThrough(() -> Browser.clickThrough(browser, browser.findElement(By.cssSelector("main form button[type=submit]"))));
	}

	/** A page on the way to the one checked: axe looks at it where the tour visits that page itself. */
	private static void passThrough(Runnable step) {
		Accessibility.unchecked(step);
	}

	private String firstLink(ChromeDriver browser, String pattern) {
		Object href = browser.executeScript("""
				var pattern = new RegExp(arguments[0]);
				var link = Array.from(document.querySelectorAll('a[href]'))
				  .find(function (a) { return a.host === location.host && pattern.test(a.pathname); });
				return link ? link.href : null;
				""", pattern);
		assertThat(href).as("a link matching " + pattern + " on " + browser.getCurrentUrl()).isNotNull();
		return (String) href;
	}

	/** Opens one page, counting it with what axe and the width check found. */
	private void visit(ChromeDriver browser, int width, String name, Runnable opening) throws IOException {
		String label = width + " px " + name;
		try {
			opening.run();
		}
		catch (Accessibility.Violations found) {
			violations.put(label, found.found());
		}
		pages++;
		Accessibility.overflow(browser).ifPresent(wide -> overflows.add(label + ": " + wide));
		String picture = "tour-" + width + "-" + name.replaceAll("[^A-Za-z0-9]+", "-").toLowerCase();
		if (width < 360) {
			Browser.fullPageScreenshot(browser, picture);
		}
		else {
			Browser.screenshot(browser, picture);
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
