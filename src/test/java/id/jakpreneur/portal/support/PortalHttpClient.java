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
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain HTTP client against a running portal, for what MockMvc cannot show: the container's error
 * dispatch, real cookies, real redirects. Keeps cookies (session, language) like a browser would.
 */
public final class PortalHttpClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http;

	private final String base;

	public PortalHttpClient(int port) {
		this(port, true);
	}

	/** A client that keeps cookies like a browser, or (keepCookies false) one that never sends any, like a bot. */
	public PortalHttpClient(int port, boolean keepCookies) {
		this.base = "http://localhost:" + port;
		HttpClient.Builder builder = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER);
		if (keepCookies) {
			builder.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL));
		}
		this.http = builder.build();
	}

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return get(path, "text/html");
	}

	public HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
		return http.send(getRequest(path, accept), HttpResponse.BodyHandlers.ofString());
	}

	public CompletableFuture<HttpResponse<String>> getAsync(String path) {
		return http.sendAsync(getRequest(path, "text/html"), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest getRequest(String path, String accept) {
		return HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).build();
	}

	/** Logs in through the real form (with its CSRF token) and returns where the portal redirects to. */
	public String login(String email, String password) throws IOException, InterruptedException {
		return postLogin(email, password).headers().firstValue("Location").orElse("");
	}

	/** Posts the login form read from {@code /login}, with the CSRF token it carries. */
	public HttpResponse<String> postLogin(String email, String password) throws IOException, InterruptedException {
		return postForm("/login", "username=" + enc(email) + "&password=" + enc(password) + "&_csrf="
				+ enc(csrfTokenOf(get("/login").body())));
	}

	/** Posts a form body ({@code a=1&b=2}, already encoded) as a browser would. */
	public HttpResponse<String> postForm(String path, String body) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	public static String csrfTokenOf(String html) {
		Matcher token = CSRF.matcher(html);
		if (!token.find()) {
			throw new IllegalStateException("the page has no CSRF token");
		}
		return token.group(1);
	}

	public static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
