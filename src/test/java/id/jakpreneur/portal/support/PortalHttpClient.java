package id.jakpreneur.portal.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain HTTP client against a running portal, for what MockMvc cannot show: the container's error
 * dispatch, real cookies, real redirects. Keeps cookies (session, language) like a browser would.
 */
public final class PortalHttpClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
		.build();

	private final String base;

	public PortalHttpClient(int port) {
		this.base = "http://localhost:" + port;
	}

	/** A GET, with extra request headers given as name, value, name, value ... */
	public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html");
		if (headers.length > 0) {
			request.headers(headers);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Logs in through the real form (with its CSRF token) and returns where the portal redirects to. */
	public String login(String email, String password, String... headers) throws IOException, InterruptedException {
		String form = get("/login", headers).body();
		Matcher token = CSRF.matcher(form);
		if (!token.find()) {
			throw new IllegalStateException("login form has no CSRF token");
		}
		String body = "username=" + enc(email) + "&password=" + enc(password) + "&_csrf=" + enc(token.group(1));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (headers.length > 0) {
			request.headers(headers);
		}
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		return response.headers().firstValue("Location").orElse("");
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
