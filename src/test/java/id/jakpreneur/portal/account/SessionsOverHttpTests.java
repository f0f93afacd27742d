package id.jakpreneur.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PortalHttpClient;
import id.jakpreneur.portal.support.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sessions as a browser meets them, over real HTTP: parallel requests of a new session, no session for a visitor
 * who only reads, CSRF protection of the login form without a session.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@PostgresTest
class SessionsOverHttpTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void twentyParallelRequestsOfANewSessionAllSucceed() throws Exception {
		PortalHttpClient browser = new PortalHttpClient(port);
		assertThat(browser.login(DemoUsers.emailOf(Role.ENTREPRENEUR), DemoUsers.PASSWORD)).endsWith("/me");
		// each page makes the session's CSRF token, all at once: before, every insert but one failed (duplicate key)
		List<CompletableFuture<HttpResponse<String>>> pages = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			pages.add(browser.getAsync(i % 2 == 0 ? "/me" : "/account/password"));
		}
		for (CompletableFuture<HttpResponse<String>> page : pages) {
			assertThat(page.join().statusCode()).isEqualTo(200);
		}
	}

	@Test
	void visitorsWhoOnlyReadLeaveNoSessionBehind() throws Exception {
		long start = System.currentTimeMillis();
		PortalHttpClient bot = new PortalHttpClient(port, false);
		ExecutorService threads = Executors.newFixedThreadPool(4);
		List<Future<HttpResponse<String>>> logins = new ArrayList<>();
		for (int i = 0; i < 1_000; i++) {
			logins.add(threads.submit(() -> bot.get("/login")));
		}
		List<HttpResponse<String>> responses = new ArrayList<>();
		for (Future<HttpResponse<String>> login : logins) {
			responses.add(login.get());
		}
		threads.shutdown();
		PortalHttpClient browser = new PortalHttpClient(port);
		for (int i = 0; i < 50; i++) {
			for (String page : List.of("/", "/privacy", "/register", "/login", "/login?lang=en")) {
				responses.add(browser.get(page));
			}
		}
		long millis = System.currentTimeMillis() - start;

		assertThat(responses).hasSize(1_250).allSatisfy(response -> {
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("SESSION="));
		});
		assertThat(jdbc.sql("select count(*) from spring_session where creation_time >= :start")
			.param("start", start)
			.query(Long.class)
			.single()).isZero();
		// the language choice is a cookie of its own and still holds
		assertThat(browser.get("/login").body()).contains("lang=\"en\"");
		System.out.printf("1,250 anonymous pages (1,000 GET /login on 4 threads) in %d ms: no session row%n", millis);
	}

	@Test
	void theLoginFormNeedsItsOwnVisitorsToken() throws Exception {
		PortalHttpClient visitor = new PortalHttpClient(port);
		String credentials = "username=" + PortalHttpClient.enc(DemoUsers.emailOf(Role.ENTREPRENEUR)) + "&password="
				+ PortalHttpClient.enc(DemoUsers.PASSWORD);
		HttpResponse<String> form = visitor.get("/login");
		assertThat(form.headers().allValues("Set-Cookie")).anySatisfy(
				cookie -> assertThat(cookie).startsWith("XSRF-TOKEN=").contains("HttpOnly", "SameSite=Lax"));

		assertThat(visitor.postForm("/login", credentials).statusCode()).isEqualTo(403);
		assertThat(visitor.postForm("/login", credentials + "&_csrf=not-the-token").statusCode()).isEqualTo(403);
		String othersToken = PortalHttpClient.csrfTokenOf(new PortalHttpClient(port).get("/login").body());
		assertThat(visitor.postForm("/login", credentials + "&_csrf=" + PortalHttpClient.enc(othersToken))
			.statusCode()).isEqualTo(403);
		assertThat(visitor.get("/me").statusCode()).as("still not logged in").isEqualTo(302);

		String visitorsToken = PortalHttpClient.csrfTokenOf(form.body());
		HttpResponse<String> login = visitor.postForm("/login",
				credentials + "&_csrf=" + PortalHttpClient.enc(visitorsToken));
		// back to the page asked for before the login (the saved request made a session, which is fine)
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(url -> assertThat(url).contains("/me"));
		assertThat(login.headers().allValues("Set-Cookie"))
			.anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION=").contains("HttpOnly", "SameSite=Lax"))
			.anySatisfy(cookie -> assertThat(cookie).startsWith("XSRF-TOKEN=;").contains("Expires=Thu, 01 Jan 1970"));

		// the visitor's token ends with the login; the session's own token works
		assertThat(visitor.postForm("/logout", "_csrf=" + PortalHttpClient.enc(visitorsToken)).statusCode())
			.isEqualTo(403);
		String sessionToken = PortalHttpClient.csrfTokenOf(visitor.get("/me").body());
		assertThat(visitor.postForm("/logout", "_csrf=" + PortalHttpClient.enc(sessionToken)).headers()
			.firstValue("Location")).hasValueSatisfying(url -> assertThat(url).endsWith("/login?logout"));
	}

}
