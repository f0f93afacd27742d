package id.jakpreneur.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Set;
import java.util.UUID;

import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PortalHttpClient;
import id.jakpreneur.portal.support.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * With no trusted proxy configured (the default), forwarded headers from the peer are ignored: a client cannot pick
 * a fresh address per guess, nor put its own host into the portal's redirects, nor claim HTTPS. A real server,
 * because the container (Tomcat's RemoteIpValve) is what reads those headers.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@PostgresTest
class ForwardedHeadersTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void rotatingXForwardedForFromAnUntrustedPeerDoesNotResetTheCount() throws Exception {
		String email = "xff-" + UUID.randomUUID() + "@example.id";
		accounts.open(new NewAccount(email, "Budi Santoso", Role.ENTREPRENEUR, "Rahasia-Usaha-2026", Set.of(), false));
		PortalHttpClient client = new PortalHttpClient(port);
		String last = "";
		for (int i = 1; i <= 4; i++) {
			last = client.login(email, "wrong-password-" + i, "X-Forwarded-For", "203.0.113." + i);
		}
		assertThat(last).as("the fourth failure starts a delay").contains("/login?error&wait=");
		assertThat(client.login(email, "Rahasia-Usaha-2026", "X-Forwarded-For", "203.0.113.99"))
			.as("the right password is not checked during the delay")
			.contains("/login?error&wait=");
		assertThat(jdbc.queryForObject("select count(*) from login_failure where subject like '203.0.113.%'",
				Integer.class)).as("no forged address was counted").isZero();
		assertThat(jdbc.queryForObject("select failures from login_failure where scope = 'ACCOUNT' and subject = ?",
				Integer.class, email)).isEqualTo(4);
	}

	@Test
	void forwardedHostAndProtoFromAnUntrustedPeerAreIgnored() throws Exception {
		PortalHttpClient client = new PortalHttpClient(port);
		String[] forged = { "X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "https" };
		HttpResponse<String> protectedPage = client.get("/admin/users", forged);
		assertThat(protectedPage.headers().firstValue("Location").orElse("")).doesNotContain("evil.example")
			.doesNotStartWith("https:");
		assertThat(protectedPage.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.contains("Secure"));
		assertThat(client.login(DemoUsers.emailOf(Role.ADMIN), DemoUsers.PASSWORD, forged)).isEqualTo(
				"/admin/users?continue");
		HttpResponse<String> english = client.get("/login?lang=en", forged);
		assertThat(english.headers().allValues("Set-Cookie")).anySatisfy(
				cookie -> assertThat(cookie).startsWith("lang=en").doesNotContain("Secure"));
	}

}
