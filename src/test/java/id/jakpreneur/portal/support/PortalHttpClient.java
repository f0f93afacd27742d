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
 * Extra request headers are given as name, value, name, value ...; each replaces a header of the same name
 * (the default {@code Accept: text/html} too).
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

	public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
		return http.send(getRequest(path, headers), HttpResponse.BodyHandlers.ofString());
	}

	public CompletableFuture<HttpResponse<String>> getAsync(String path) {
		return http.sendAsync(getRequest(path), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest getRequest(String path, String... headers) {
		return withHeaders(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html"), headers)
			.build();
	}

	/** Logs in through the real form (with its CSRF token) and returns where the portal redirects to. */
	public String login(String email, String password, String... headers) throws IOException, InterruptedException {
		return postLogin(email, password, headers).headers().firstValue("Location").orElse("");
	}

	/** Posts the login form read from {@code /login}, with the CSRF token it carries. */
	public HttpResponse<String> postLogin(String email, String password, String... headers)
			throws IOException, InterruptedException {
		return postForm("/login", "username=" + enc(email) + "&password=" + enc(password) + "&_csrf="
				+ enc(csrfTokenOf(get("/login", headers).body())), headers);
	}

	/** Posts a form body ({@code a=1&b=2}, already encoded) as a browser would. */
	public HttpResponse<String> postForm(String path, String body, String... headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		return http.send(withHeaders(request, headers).build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Posts a body of this type (a multipart form, say) as it is. */
	public HttpResponse<String> post(String path, String contentType, byte[] body, String... headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		return http.send(withHeaders(request, headers).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpRequest.Builder withHeaders(HttpRequest.Builder request, String... headers) {
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.setHeader(headers[i], headers[i + 1]);
		}
		return request;
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
