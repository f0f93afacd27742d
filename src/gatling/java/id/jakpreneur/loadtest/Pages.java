package id.jakpreneur.loadtest;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * What every journey shares: logging in with the login form's CSRF token, a page that must answer 200 and must not
 * be the login page (a lost session or a refused role sends a browser there), and logging out.
 */
final class Pages {

	/** The login page's address, with or without {@code ?error} or {@code ?logout}. */
	static final String LOGIN_PAGE = "/login(?:[?#].*)?$";

	/** A form control as the portal draws it. */
	private static final Pattern CONTROL = Pattern.compile("<(?:input|select|textarea)\\b[^>]*>");

	private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]+)\"");

	private Pages() {
	}

	/**
	 * The fields a form page marks as refused: every control with {@code aria-invalid="true"}, and the channel split's
	 * total when its message shows; empty when the form was taken.
	 */
	static List<String> invalidFields(String page) {
		List<String> fields = new ArrayList<>();
		Matcher control = CONTROL.matcher(page);
		while (control.find()) {
			if (control.group().contains("aria-invalid=\"true\"")) {
				Matcher name = NAME.matcher(control.group());
				fields.add(name.find() ? name.group(1) : "?");
			}
		}
		if (page.contains("id=\"shareTotal-error\"")) {
			fields.add("shareTotal");
		}
		return fields;
	}

	/** {@code saved} when the answer to a form refuses none of its fields, else the refused fields. */
	static String formAnswer(String page) {
		List<String> fields = invalidFields(page);
		return fields.isEmpty() ? "saved" : "refused " + fields;
	}

	/** 200, not the login page, and the CSRF token of the page's logout form kept for the next form. */
	static CheckBuilder[] pageChecks() {
		return new CheckBuilder[] { status().is(200), currentLocationRegex(LOGIN_PAGE).notExists(),
				regex("<form[^>]+action=\"/login\"").notExists(),
				css("form[action='/logout'] input[name='_csrf']", "value").saveAs("csrf") };
	}

	/** A GET of a page of the portal, checked as every page is. */
	static HttpRequestActionBuilder page(String name, String url) {
		return http(name).get(url).check(pageChecks());
	}

	/**
	 * Opens the login page, signs in as the next account of {@code accounts} and checks that it landed on the role's
	 * home ({@code home}, e.g. {@code /me}), with the checks a journey adds on that home page ({@code landing}).
	 */
	static ChainBuilder login(LoginNames accounts, String home, CheckBuilder... landing) {
		return feed(accounts.feeder())
			.exec(http("GET /login").get("/login")
				.check(status().is(200), css("form[action='/login'] input[name='_csrf']", "value").saveAs("csrf")))
			.pause(LoadSettings.seconds(2), LoadSettings.seconds(6))
			.exec(http("POST /login -> " + home).post("/login")
				.formParam("username", "#{login}")
				.formParam("password", LoadSettings.PASSWORD)
				.formParam("_csrf", "#{csrf}")
				.check(pageChecks())
				.check(currentLocationRegex(home + "$").exists())
				.check(landing));
	}

	/** Logs out with the CSRF token of the last page; lands on the login page. */
	static ChainBuilder logout() {
		return exec(http("POST /logout").post("/logout")
			.formParam("_csrf", "#{csrf}")
			.check(status().is(200), currentLocationRegex(LOGIN_PAGE).exists()));
	}

}
