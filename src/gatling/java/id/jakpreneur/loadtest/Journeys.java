package id.jakpreneur.loadtest;

import static id.jakpreneur.loadtest.LoadSettings.seconds;
import static id.jakpreneur.loadtest.Pages.page;
import static id.jakpreneur.loadtest.Pages.pageChecks;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.headerRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;

/**
 * One visit of each role, as a person makes it: log in, read, fill in a form, log out, with a person's pauses
 * between pages (scaled by {@code gatling.think}). Each virtual user makes one visit; the injection keeps the number
 * of concurrent visitors constant (a closed model), so "users" means people using the portal at the same time.
 */
final class Journeys {

	/** "My pages" of the citizen's home besides her reports: she opens two of them, at random, each visit. */
	static final List<String> CITIZEN_PAGES = List.of("/me/profile", "/me/mentoring", "/me/classes", "/me/licences",
			"/me/outlets", "/me/offers", "/me/capital", "/me/timeline", "/me/privacy");

	private Journeys() {
	}

	/** A citizen reads her home, two of her pages, and files a monthly financial report. */
	static ScenarioBuilder citizen() {
		return scenario("citizen").exec(Pages.login(LoadSettings.CITIZENS, "/me"))
			.pause(seconds(3), seconds(8))
			.exec(session -> session.set("pages", twoOf(CITIZEN_PAGES)))
			.foreach("#{pages}", "myPage")
			.on(exec(page("GET /me/<page>", "#{myPage}")).pause(seconds(3), seconds(10)))
			.exec(page("GET /me/reports", "/me/reports")
				.check(bodyString().transform(ReportMonths::choose).saveAs("reportMonth")))
			.pause(seconds(20), seconds(45))
			.exec(session -> session.setAll(reportFigures()))
			.exec(http("POST /me/reports").post("/me/reports")
				.asMultipartForm()
				.formParam("_csrf", "#{csrf}")
				.formParam("month", "#{reportMonth}")
				.formParam("sales", "#{sales}")
				.formParam("costs", "#{costs}")
				.formParam("employees", "#{employees}")
				.formParam("shareOffline", "#{shareOffline}")
				.formParam("shareMarketplace", "#{shareMarketplace}")
				.formParam("shareSocialMedia", "0")
				.formParam("shareReseller", "0")
				.check(pageChecks())
				.check(currentLocationRegex("/me/reports$").exists())
				.check(bodyString().transform(ReportMonths::outcome).in("filed", "taken").saveAs("reportOutcome")))
			.pause(seconds(3), seconds(8))
			.exec(Pages.logout());
	}

	/**
	 * An officer opens her inbox, works one of its trays (a queue of her area), then the queue of participants waiting
	 * for a mentor, where she assigns the first one to the mentor the portal suggests (one click; another officer may
	 * have been quicker, which the queue answers with a notice), searches participants by a name prefix and opens one.
	 */
	static ScenarioBuilder officer() {
		return scenario("officer")
			.exec(Pages.login(LoadSettings.OFFICERS, "/officer", css("a[data-inbox]", "href").findRandom()
				.transform(href -> href.replaceFirst("#.*", ""))
				.saveAs("tray")))
			.pause(seconds(3), seconds(8))
			.exec(page("GET /officer/<tray>", "#{tray}"))
			.pause(seconds(5), seconds(15))
			.exec(page("GET /officer/assignments", "/officer/assignments")
				.check(regex("(?s)<form action=\"(/officer/assignments/\\d+)\" method=\"post\">.{0,300}?"
						+ "name=\"mentorId\" value=\"(\\d+)\"").captureGroups(2).optional().saveAs("assign")))
			.doIf("#{assign.exists()}")
			.then(pause(seconds(5), seconds(15)).exec(http("POST /officer/assignments/<id>").post("#{assign(0)}")
				.formParam("_csrf", "#{csrf}")
				.formParam("mentorId", "#{assign(1)}")
				.formParam("from", "queue")
				.check(pageChecks())
				.check(currentLocationRegex("/officer/assignments$").exists())))
			.pause(seconds(3), seconds(8))
			.exec(session -> session.set("prefix", oneOf(LoadSettings.SEARCH_PREFIXES)))
			.exec(page("GET /officer/entrepreneurs?name=<prefix>", "/officer/entrepreneurs?name=#{prefix}")
				.check(regex("href=\"(/officer/entrepreneurs/\\d+)\"").findRandom().optional().saveAs("participant")))
			.doIf("#{participant.exists()}")
			.then(pause(seconds(3), seconds(8)).exec(page("GET /officer/entrepreneurs/<id>", "#{participant}")))
			.pause(seconds(3), seconds(8))
			.exec(Pages.logout());
	}

	/** A mentor opens her mentees, one mentee's page, and logs a session with that mentee. */
	static ScenarioBuilder mentor() {
		return scenario("mentor")
			.exec(Pages.login(LoadSettings.MENTORS, "/mentor",
					regex("href=\"(/mentor/mentees/\\d+)\"").findRandom().optional().saveAs("mentee")))
			.pause(seconds(3), seconds(8))
			.doIf("#{mentee.exists()}")
			.then(exec(page("GET /mentor/mentees/<id>", "#{mentee}")).pause(seconds(5), seconds(15))
				.exec(page("GET /mentor/mentees/<id>/sessions/new", "#{mentee}/sessions/new")
					.check(css("#heldOn", "value").saveAs("heldOn")))
				.pause(seconds(30), seconds(60))
				.exec(session -> session.set("mode", oneOf(List.of("VISIT", "ONLINE", "PHONE")))
					.set("minutes", 30 + 5 * ThreadLocalRandom.current().nextInt(13)))
				.exec(http("POST /mentor/mentees/<id>/sessions").post("#{mentee}/sessions")
					.formParam("_csrf", "#{csrf}")
					.formParam("heldOn", "#{heldOn}")
					.formParam("mode", "#{mode}")
					.formParam("durationMinutes", "#{minutes}")
					.formParam("topics", "Pencatatan keuangan dan harga jual")
					.formParam("notes", "Kunjungan rutin; stok dan pembukuan dibahas.")
					.check(pageChecks())
					.check(currentLocationRegex("/mentor/mentees/\\d+$").exists())
					.check(bodyString().transform(Pages::formAnswer).is("saved"))))
			.pause(seconds(3), seconds(8))
			.exec(Pages.logout());
	}

	/**
	 * An administrator opens the province dashboard, filters it by a kota and a sector, and downloads one of its
	 * tables as CSV with the filters applied.
	 */
	static ScenarioBuilder administrator() {
		return scenario("administrator").exec(Pages.login(LoadSettings.ADMINS, "/admin"))
			.pause(seconds(2), seconds(5))
			.exec(page("GET /admin/dashboard", "/admin/dashboard")
				.check(css("#city option:not([value=''])", "value").findRandom().saveAs("city"))
				.check(css("#sector option:not([value=''])", "value").findRandom().saveAs("sector")))
			.pause(seconds(10), seconds(20))
			.exec(page("GET /admin/dashboard?city=&sector=", "/admin/dashboard?city=#{city}&sector=#{sector}")
				.check(css("a[href*='/export/'][href*='.csv']", "href").findRandom().saveAs("export")))
			.pause(seconds(5), seconds(15))
			.exec(http("GET /admin/dashboard/export/<table>.csv").get("#{export}")
				.check(status().is(200), headerRegex("Content-Type", "^text/csv").exists(),
						headerRegex("Content-Disposition", "^attachment").exists()))
			.pause(seconds(3), seconds(8))
			.exec(Pages.logout());
	}

	private static List<String> twoOf(List<String> pages) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		int first = random.nextInt(pages.size());
		int second = (first + 1 + random.nextInt(pages.size() - 1)) % pages.size();
		return List.of(pages.get(first), pages.get(second));
	}

	private static String oneOf(List<String> values) {
		return values.get(ThreadLocalRandom.current().nextInt(values.size()));
	}

	/** A month of a small food business: sales of Rp 2 to 20 million, costs below them, a split that adds up to 100. */
	private static java.util.Map<String, Object> reportFigures() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		long sales = 2_000_000L + 100_000L * random.nextInt(180);
		long costs = sales * (50 + random.nextInt(40)) / 100;
		int offline = 40 + random.nextInt(61);
		return java.util.Map.of("sales", String.valueOf(sales), "costs", String.valueOf(costs), "employees",
				1 + random.nextInt(5), "shareOffline", offline, "shareMarketplace", 100 - offline);
	}

}
