package id.jakpreneur.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.jakpreneur.portal.support.DatabaseProxy;
import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PortalHttpClient;
import id.jakpreneur.portal.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The portal, on a real port, with its database behind a {@link DatabaseProxy}: the database cut off, frozen, or
 * holding a table lock, while a logged-in citizen and the login page are requested. Asserts the promises of
 * docs/operations.md (a 503 page within 5 s, readiness DOWN within 5 s, pages again within 5 s of the database's
 * return, without a restart) and prints the figures measured.
 */
// a pool of 5 (production: 10) and the context closed afterwards: the test PostgreSQL is shared with other contexts
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.datasource.hikari.maximum-pool-size=5")
@Import(DatabaseFaultTests.ThroughProxy.class)
@DirtiesContext
class DatabaseFaultTests {

	private static final Duration PROMISE = Duration.ofSeconds(5);

	@LocalServerPort
	int port;

	private PortalHttpClient citizen;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@BeforeEach
	void logIn() throws Exception {
		citizen = new PortalHttpClient(port);
		assertThat(citizen.login(DemoUsers.emailOf(id.jakpreneur.portal.account.Role.ENTREPRENEUR), DemoUsers.PASSWORD))
			.endsWith("/me");
		assertThat(citizen.get("/me").statusCode()).isEqualTo(200);
	}

	@AfterEach
	void restore() throws Exception {
		ThroughProxy.PROXY.restore();
	}

	@Test
	void databaseCutOffAnswers503FastReportsNotReadyAndRecoversWithoutRestart() throws Exception {
		outage("cut", ThroughProxy.PROXY::cut);
	}

	@Test
	void databaseFrozenAnswers503FastReportsNotReadyAndRecoversWithoutRestart() throws Exception {
		outage("frozen", ThroughProxy.PROXY::freeze);
	}

	@Test
	void aHeldTableLockFailsOnlyThePageThatNeedsTheTable() throws Exception {
		try (Connection holder = DriverManager.getConnection(TestDatabase.connection().getJdbcUrl(),
				TestDatabase.connection().getUsername(), TestDatabase.connection().getPassword())) {
			holder.setAutoCommit(false);
			try (Statement statement = holder.createStatement()) {
				statement.execute("lock table participant in access exclusive mode");
			}
			Timed blocked = timed(() -> citizen.get("/me"));
			assertThat(blocked.response().statusCode()).isEqualTo(503);
			assertThat(blocked.took()).isLessThan(PROMISE);
			assertThat(blocked.response().headers().firstValue("Retry-After")).isPresent();
			Timed unrelated = timed(() -> citizen.get("/account/password"));
			Timed login = timed(() -> new PortalHttpClient(port).get("/login"));
			assertThat(unrelated.response().statusCode()).isEqualTo(200);
			assertThat(login.response().statusCode()).isEqualTo(200);
			System.out.printf("FAULT lock: blocked page 503 after %d ms; unrelated page 200 in %d ms, /login 200 in %d ms%n",
					blocked.took().toMillis(), unrelated.took().toMillis(), login.took().toMillis());
			holder.rollback();
		}
		assertThat(citizen.get("/me").statusCode()).isEqualTo(200);
	}

	private void outage(String name, Fault fault) throws Exception {
		long start = System.nanoTime();
		fault.apply();
		// as many people at once: the citizen's page and the login page, a script, the load balancer's probes
		ExecutorService users = Executors.newFixedThreadPool(5);
		Future<Timed> meAsked = users.submit(() -> timed(() -> citizen.get("/me")));
		Future<Timed> loginAsked = users.submit(() -> timed(() -> citizen.get("/login")));
		Future<Timed> anonymousAsked = users.submit(() -> timed(() -> new PortalHttpClient(port).get("/login")));
		Future<Timed> plainAsked = users.submit(() -> timed(() -> send("/me", "*/*")));
		Future<Duration> notReadyAsked = users.submit(() -> waitUntil(start,
				() -> send("/actuator/health/readiness", "*/*"), r -> r.statusCode() == 503));
		Timed me = meAsked.get();
		Timed login = loginAsked.get();
		Timed anonymousLogin = anonymousAsked.get();
		Timed plain = plainAsked.get();
		Duration notReady = notReadyAsked.get();
		users.shutdown();
		HttpResponse<String> liveness = send("/actuator/health/liveness", "*/*");

		assertThat(me.response().statusCode()).isEqualTo(503);
		assertThat(me.took()).isLessThan(PROMISE);
		assertThat(me.response().headers().firstValue("Retry-After")).isPresent();
		String requestId = me.response().headers().firstValue("X-Request-Id").orElseThrow();
		assertThat(me.response().body()).contains("Layanan sedang sibuk", requestId)
			.doesNotContain("Apache Tomcat", "Exception");
		assertThat(login.response().statusCode()).isEqualTo(503);
		assertThat(login.took()).isLessThan(PROMISE);
		// a login page that needs no session would answer 200 without the database; never a 500, never slowly
		assertThat(anonymousLogin.response().statusCode()).isIn(200, 503);
		assertThat(anonymousLogin.took()).isLessThan(PROMISE);
		assertThat(plain.response().statusCode()).isEqualTo(503);
		assertThat(plain.response().headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
		assertThat(plain.response().body()).startsWith("503 ").doesNotContain("<html");
		assertThat(notReady).isLessThan(PROMISE);
		assertThat(liveness.statusCode()).isEqualTo(200);

		long outage = System.nanoTime();
		ThroughProxy.PROXY.restore();
		Duration back = waitUntil(outage, () -> citizen.get("/me"), r -> r.statusCode() == 200);
		Duration ready = waitUntil(outage, () -> send("/actuator/health/readiness", "*/*"), r -> r.statusCode() == 200);
		Duration window = Duration.ofNanos(System.nanoTime() - start);
		System.out.printf("FAULT %s: /me 503 after %d ms, /login (logged in) 503 after %d ms, anonymous /login %d after"
				+ " %d ms, readiness DOWN after %d ms; database back: /me 200 after %d ms, readiness UP after %d ms;"
				+ " error window %d ms (outage %d ms)%n", name, me.took().toMillis(), login.took().toMillis(),
				anonymousLogin.response().statusCode(), anonymousLogin.took().toMillis(), notReady.toMillis(),
				back.toMillis(), ready.toMillis(), window.toMillis(), Duration.ofNanos(outage - start).toMillis());
		assertThat(back).isLessThan(PROMISE);
		assertThat(ready).isLessThan(PROMISE);
	}

	private HttpResponse<String> send(String path, String accept) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", accept)
			.timeout(Duration.ofSeconds(30))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/** Asks until the answer satisfies the condition or the deadline (twice the promise) passes; time since start. */
	private static Duration waitUntil(long start, Callable<HttpResponse<String>> ask,
			Predicate<HttpResponse<String>> condition) throws Exception {
		long deadline = System.nanoTime() + PROMISE.multipliedBy(2).toNanos();
		while (true) {
			HttpResponse<String> response = ask.call();
			Duration since = Duration.ofNanos(System.nanoTime() - start);
			if (condition.test(response)) {
				return since;
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError("still " + response.statusCode() + " after " + since.toMillis() + " ms");
			}
			Thread.sleep(100); // the polling interval, not an assertion
		}
	}

	private static Timed timed(Callable<HttpResponse<String>> ask) throws Exception {
		long start = System.nanoTime();
		HttpResponse<String> response = ask.call();
		return new Timed(response, Duration.ofNanos(System.nanoTime() - start));
	}

	private record Timed(HttpResponse<String> response, Duration took) {
	}

	@FunctionalInterface
	private interface Fault {

		void apply() throws Exception;

	}

	/** This context's database: the test database, through the proxy. */
	@TestConfiguration(proxyBeanMethods = false)
	static class ThroughProxy {

		static final DatabaseProxy PROXY = start();

		@Bean
		JdbcConnectionDetails jdbcConnectionDetails() {
			JdbcConnectionDetails database = TestDatabase.connection();
			String url = DatabaseProxy.through(database.getJdbcUrl(), PROXY.port());
			return new JdbcConnectionDetails() {

				@Override
				public String getJdbcUrl() {
					return url;
				}

				@Override
				public String getUsername() {
					return database.getUsername();
				}

				@Override
				public String getPassword() {
					return database.getPassword();
				}

			};
		}

		private static DatabaseProxy start() {
			Matcher target = Pattern.compile("^jdbc:postgresql://([^:/]+)(?::(\\d+))?/")
				.matcher(TestDatabase.connection().getJdbcUrl());
			if (!target.find()) {
				throw new IllegalStateException("unexpected test database URL");
			}
			try {
				return new DatabaseProxy(target.group(1),
						target.group(2) == null ? 5432 : Integer.parseInt(target.group(2)));
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}

	}

}
