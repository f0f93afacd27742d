package id.jakpreneur.portal.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Drives a page with one thread per user, each on its own keep-alive HTTP/1.1 connection (one JDK HttpClient per
 * user, redirects not followed) with its own cookies: as fast as the portal answers, for a given time. A response
 * counts as an error unless it is a 200 and, for a page behind the login, not the login form.
 */
final class PageLoad {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private PageLoad() {
	}

	/** One person at the keyboard: a connection and the cookies of a session. */
	static final class User {

		final String login;

		final HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();

		private final String baseUrl;

		private final Map<String, String> cookies = new LinkedHashMap<>();

		User(String baseUrl, String login) {
			this.baseUrl = baseUrl;
			this.login = login;
		}

		/** An anonymous visitor. */
		static User anonymous(String baseUrl) {
			return new User(baseUrl, null);
		}

		/** Logs in through the login form, as a browser does (GET the form and its CSRF token, POST it). */
		static User loggedIn(String baseUrl, String login, String password) throws IOException, InterruptedException {
			User user = new User(baseUrl, login);
			HttpResponse<String> form = user.get("/login");
			Matcher token = CSRF.matcher(form.body());
			if (form.statusCode() != 200 || !token.find()) {
				throw new IllegalStateException("no login form at /login: " + form.statusCode());
			}
			String body = "username=" + encode(login) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
			HttpResponse<String> answer = user.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body)));
			String location = answer.headers().firstValue("Location").orElse("");
			if (answer.statusCode() != 302 || location.contains("/login")) {
				throw new IllegalStateException("login of " + login + " failed: " + answer.statusCode() + " " + location);
			}
			return user;
		}

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
		}

		/** A form posted with the CSRF token of the page it is on. */
		HttpResponse<String> post(String formPage, String action) throws IOException, InterruptedException {
			Matcher token = CSRF.matcher(get(formPage).body());
			if (!token.find()) {
				throw new IllegalStateException("no form with a CSRF token on " + formPage);
			}
			return send(HttpRequest.newBuilder(URI.create(baseUrl + action))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.timeout(Duration.ofMinutes(30))
				.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + encode(token.group(1)))));
		}

		private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
			if (!cookies.isEmpty()) {
				request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
					.collect(Collectors.joining("; ")));
			}
			HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			for (String cookie : response.headers().allValues("Set-Cookie")) {
				String pair = cookie.split(";", 2)[0];
				int equals = pair.indexOf('=');
				if (equals > 0) {
					cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
				}
			}
			return response;
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

	}

	/** Which path user number {@code user} asks for at its {@code n}-th request. */
	@FunctionalInterface
	interface Paths {

		String path(int user, long n);

	}

	/** What came back in a phase: latencies in nanoseconds (sorted), errors and the first of them. */
	record Outcome(long[] nanos, long errors, String firstError, double seconds) {

		double requestsPerSecond() {
			return nanos.length / seconds;
		}

		double percentileMillis(double share) {
			return nanos.length == 0 ? 0 : nanos[Math.min(nanos.length - 1, (int) (nanos.length * share))] / 1e6;
		}

	}

	/**
	 * Every user asks for its pages one after another for {@code duration}; {@code behindLogin} pages must not answer
	 * with the login form.
	 */
	static Outcome run(List<User> users, Paths paths, boolean behindLogin, Duration duration) throws InterruptedException {
		long end = System.nanoTime() + duration.toNanos();
		AtomicLong errors = new AtomicLong();
		AtomicReference<String> firstError = new AtomicReference<>();
		List<Recorder> recorders = new ArrayList<>();
		List<Thread> threads = new ArrayList<>();
		long start = System.nanoTime();
		for (int u = 0; u < users.size(); u++) {
			int index = u;
			Recorder recorder = new Recorder();
			recorders.add(recorder);
			Thread thread = new Thread(() -> {
				long n = 0;
				while (System.nanoTime() < end) {
					String path = paths.path(index, n++);
					long t0 = System.nanoTime();
					String problem;
					try {
						HttpResponse<String> response = users.get(index).get(path);
						problem = response.statusCode() != 200
								? response.statusCode() + " " + response.headers().firstValue("Location").orElse("")
								: behindLogin && response.body().contains("action=\"/login\"") ? "the login form" : null;
					}
					catch (IOException ex) {
						problem = ex.toString();
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						return;
					}
					recorder.add(System.nanoTime() - t0);
					if (problem != null) {
						errors.incrementAndGet();
						firstError.compareAndSet(null, path + ": " + problem);
					}
				}
			}, "load-" + u);
			thread.start();
			threads.add(thread);
		}
		for (Thread thread : threads) {
			thread.join();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		long[] all = recorders.stream().flatMapToLong(r -> Arrays.stream(r.nanos, 0, r.count)).sorted().toArray();
		return new Outcome(all, errors.get(), firstError.get(), seconds);
	}

	/** The latencies one user saw, in nanoseconds. */
	private static final class Recorder {

		long[] nanos = new long[4096];

		int count;

		void add(long took) {
			if (count == nanos.length) {
				nanos = Arrays.copyOf(nanos, nanos.length * 2);
			}
			nanos[count++] = took;
		}

	}

}
