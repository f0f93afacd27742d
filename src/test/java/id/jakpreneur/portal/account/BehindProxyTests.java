package id.jakpreneur.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import id.jakpreneur.portal.support.PortalHttpClient;
import id.jakpreneur.portal.support.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The portal behind a configured proxy (here the test itself, on loopback), as production runs behind nginx: the
 * forwarded client address is the one counted, HTTPS at the proxy makes the cookies Secure, and the session cookie
 * may carry the {@code __Host-} prefix. The per-address delay keeps its production setting here (the other tests
 * switch it off because all of them come from 127.0.0.1); the base delay is long so that a slow machine cannot let
 * it pass mid-test.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.tomcat.remoteip.internal-proxies=127.0.0.1/32, ::1/128",
				"jakpreneur.security.login.address-free-failures=10", "jakpreneur.security.login.base-delay=60s",
				"server.servlet.session.cookie.name=__Host-SESSION" })
@PostgresTest
class BehindProxyTests {

	private static final String PASSWORD = "Rahasia-Usaha-2026";

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void sprayingManyAccountsFromOneAddressIsDelayedButTheRealUserGetsInAfterTheDelay() throws Exception {
		String sprayer = "198.51.100." + (1 + (int) (Math.random() * 200));
		jdbc.update("delete from login_failure where subject = ?", sprayer);
		PortalHttpClient client = new PortalHttpClient(port);
		List<String> answers = new ArrayList<>();
		// four common passwords over eight logins, from one address
		for (String guess : List.of("password1234", "qwerty123456", "jakarta12345", "indonesia123")) {
			for (int account = 1; account <= 8; account++) {
				answers.add(client.login("spray-" + account + "-" + sprayer + "@example.id", guess,
						"X-Forwarded-For", sprayer));
			}
		}
		assertThat(answers.subList(0, 10)).allSatisfy(answer -> assertThat(answer).isEqualTo("/login?error"));
		assertThat(answers.get(10)).as("the eleventh failure from the address starts a delay")
			.isEqualTo("/login?error&wait=60");
		assertThat(answers.subList(11, answers.size())).allSatisfy(answer -> assertThat(answer).contains("wait="));
		assertThat(jdbc.queryForObject("select failures from login_failure where scope = 'ADDRESS' and subject = ?",
				Integer.class, sprayer)).as("refused attempts are not counted").isEqualTo(11);

		String email = "nyata-" + UUID.randomUUID() + "@example.id";
		accounts.open(new NewAccount(email, "Siti Aminah", Role.ENTREPRENEUR, PASSWORD, Set.of(), false));
		// someone behind the same address waits too; from elsewhere the account is not affected
		assertThat(new PortalHttpClient(port).login(email, PASSWORD, "X-Forwarded-For", sprayer)).contains("wait=");
		assertThat(new PortalHttpClient(port).login(email, PASSWORD, "X-Forwarded-For", "192.0.2.10"))
			.isEqualTo("/me");
		// and once the delay has passed, from the same address as well
		jdbc.update("update login_failure set next_attempt = now() where scope = 'ADDRESS' and subject = ?", sprayer);
		assertThat(new PortalHttpClient(port).login(email, PASSWORD, "X-Forwarded-For", sprayer)).isEqualTo("/me");
	}

	@Test
	void httpsAtTheProxyMakesTheCookiesSecure() throws Exception {
		PortalHttpClient client = new PortalHttpClient(port);
		// a visitor has no session (decision 73): the language and visitor CSRF cookies are Secure
		HttpResponse<String> secure = client.get("/login?lang=en", "X-Forwarded-Proto", "https");
		assertThat(secure.headers().allValues("Set-Cookie"))
			.anySatisfy(cookie -> assertThat(cookie).startsWith("lang=en").contains("Secure"))
			.anySatisfy(cookie -> assertThat(cookie).startsWith("XSRF-TOKEN=").contains("Secure", "HttpOnly"));
		// the session starts at login, under the __Host- name, Secure, for this exact host
		String email = "https-" + UUID.randomUUID() + "@example.id";
		accounts.open(new NewAccount(email, "Siti Aminah", Role.ENTREPRENEUR, PASSWORD, Set.of(), false));
		// (the form is read over plain HTTP: this client, unlike a browser on HTTPS, would not send a Secure cookie back)
		PortalHttpClient browser = new PortalHttpClient(port);
		String token = PortalHttpClient.csrfTokenOf(browser.get("/login").body());
		HttpResponse<String> login = browser.postForm("/login", "username=" + PortalHttpClient.enc(email) + "&password="
				+ PortalHttpClient.enc(PASSWORD) + "&_csrf=" + PortalHttpClient.enc(token), "X-Forwarded-Proto", "https");
		assertThat(login.headers().firstValue("Location")).hasValue("/me");
		assertThat(login.headers().allValues("Set-Cookie"))
			.anySatisfy(cookie -> assertThat(cookie).startsWith("__Host-SESSION=").contains("Path=/", "Secure", "HttpOnly")
				.doesNotContain("Domain="));
		HttpResponse<String> plain = new PortalHttpClient(port).get("/login?lang=en");
		assertThat(plain.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.contains("Secure"));
	}

}
