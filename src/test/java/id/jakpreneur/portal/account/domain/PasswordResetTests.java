package id.jakpreneur.portal.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.NewAccount;
import id.jakpreneur.portal.account.PortalUser;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.account.domain.AccountSecrets.Purpose;
import id.jakpreneur.portal.support.Mailbox;
import id.jakpreneur.portal.support.PortalHttpClient;
import id.jakpreneur.portal.support.PostgresTest;
import id.jakpreneur.portal.support.TestMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Lupa kata sandi?" over real HTTP, with the link read from the mail the outbox sent (GreenMail): the request page
 * answers alike for unknown logins, a link works once and ends the account's other sessions, an expired link is
 * refused, requests are rate-limited, and only the token's hash is stored.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@PostgresTest
@org.springframework.context.annotation.Import(TestMail.class)
class PasswordResetTests {

	private static final Pattern RESET_TOKEN = Pattern.compile("/reset-password\\?token=([A-Za-z0-9_-]{43})");

	private static final Pattern CSRF_VALUE = Pattern.compile("name=\"_csrf\" value=\"[^\"]+\"");

	private static final String OLD = "Pendamping-Lama-1";

	private static final String NEW = "Pendamping-Baru-22";

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	private String email;

	@BeforeEach
	void freshAccountAndAddress() {
		email = "lupa-" + UUID.randomUUID() + "@example.id";
		accounts.open(new NewAccount(email, "Dewi Lestari", Role.MENTOR, OLD, Set.of("31.71.01"), false));
		// every request of these tests comes from 127.0.0.1: each test starts with that address's counter empty
		jdbc.sql("delete from login_failure where scope = 'RESET_ADDRESS'").update();
	}

	@Test
	void anUnknownLoginIsAnsweredLikeAnAccountsOwn() throws Exception {
		PortalHttpClient browser = new PortalHttpClient(port);
		long[] known = new long[3];
		long[] unknown = new long[3];
		String knownPage = null;
		String unknownPage = null;
		for (int i = 0; i < 3; i++) {
			long start = System.nanoTime();
			HttpResponse<String> a = ask(browser, email);
			known[i] = System.nanoTime() - start;
			start = System.nanoTime();
			HttpResponse<String> b = ask(browser, "tidak-ada-" + UUID.randomUUID() + "@example.id");
			unknown[i] = System.nanoTime() - start;
			assertThat(a.statusCode()).isEqualTo(200);
			assertThat(b.statusCode()).isEqualTo(200);
			knownPage = withoutCsrf(a.body());
			unknownPage = withoutCsrf(b.body());
		}
		assertThat(unknownPage).isEqualTo(knownPage).contains("forgot-sent");
		Arrays.sort(known);
		Arrays.sort(unknown);
		long slower = Math.max(known[1], unknown[1]);
		long faster = Math.max(Math.min(known[1], unknown[1]), Duration.ofMillis(20).toNanos());
		assertThat(slower).as("median times %d and %d ns", known[1], unknown[1]).isLessThan(10 * faster);
	}

	@Test
	void aLinkSetsTheNewPasswordOnceEndsTheOtherSessionsAndLogsIn() throws Exception {
		PortalHttpClient elsewhere = new PortalHttpClient(port);
		assertThat(elsewhere.login(email, OLD)).endsWith("/mentor");
		assertThat(elsewhere.get("/mentor").statusCode()).isEqualTo(200);

		PortalHttpClient browser = new PortalHttpClient(port);
		assertThat(browser.get("/login").body()).contains("href=\"/forgot-password\"");
		ask(browser, email);
		String token = latestToken(email, 1);
		assertThat(jdbc.sql("select count(*) from account_secret where token_hash = :hash and purpose = 'RESET'")
			.param("hash", sha256(token))
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from account_secret where encode(token_hash, 'escape') like :token")
			.param("token", "%" + token + "%")
			.query(Integer.class)
			.single()).isZero();

		HttpResponse<String> page = browser.get("/reset-password?token=" + token);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
		// the token is in the form's hidden field and, for the language switch, in this page's own address only
		assertThat(page.body().replace("href=\"/reset-password?token=" + token + "&amp;lang=", "")
			.replace("value=\"" + token + "\"", "")).doesNotContain(token);
		HttpResponse<String> weak = browser.postForm("/reset-password", form(page.body(), token, "pendek"));
		assertThat(weak.statusCode()).isEqualTo(200);
		assertThat(weak.body()).contains("Kata sandi minimal 10 karakter.");
		HttpResponse<String> done = browser.postForm("/reset-password", form(weak.body(), token, NEW));
		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(done.headers().firstValue("Location")).hasValue("/mentor");
		assertThat(done.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
		assertThat(browser.get("/mentor").statusCode()).isEqualTo(200);

		// the session that knew the old password is over; the old password no longer works, the new one does
		assertThat(elsewhere.get("/mentor").headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
		assertThat(new PortalHttpClient(port).login(email, OLD)).contains("/login?error");
		assertThat(new PortalHttpClient(port).login(email, NEW)).endsWith("/mentor");

		// a link works once
		PortalHttpClient again = new PortalHttpClient(port);
		assertThat(again.get("/reset-password?token=" + token).statusCode()).isEqualTo(404);
		HttpResponse<String> reused = again.postForm("/reset-password",
				form(again.get("/forgot-password").body(), token, "Pendamping-Ketiga-3"));
		assertThat(reused.statusCode()).isEqualTo(404);
		assertThat(reused.body()).contains("reset-invalid");
	}

	@Test
	void anExpiredLinkIsRefused() throws Exception {
		long accountId = ((PortalUser) accounts.loadUserByUsername(email)).accountId();
		// issued 31 minutes ago, valid 30: made by the same component on a clock that stands 31 minutes back
		AccountSecrets earlier = new AccountSecrets(jdbc, Clock.offset(clock, Duration.ofMinutes(-31)));
		String token = earlier.issue(accountId, Purpose.RESET, Duration.ofMinutes(30), false, true, null).token();
		PortalHttpClient browser = new PortalHttpClient(port);
		HttpResponse<String> page = browser.get("/reset-password?token=" + token);
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("reset-invalid").doesNotContain("newPassword");
		HttpResponse<String> post = browser.postForm("/reset-password",
				form(browser.get("/forgot-password").body(), token, NEW));
		assertThat(post.statusCode()).isEqualTo(404);
		assertThat(new PortalHttpClient(port).login(email, OLD)).endsWith("/mentor");
	}

	@Test
	void requestsAreLimitedPerLoginNameAndPerClientAddress() throws Exception {
		PortalHttpClient browser = new PortalHttpClient(port);
		long accountId = ((PortalUser) accounts.loadUserByUsername(email)).accountId();
		// three free requests for a login name, a fourth that starts its wait, then nothing is sent
		for (int i = 0; i < 5; i++) {
			HttpResponse<String> answer = ask(browser, email);
			assertThat(answer.statusCode()).isEqualTo(200);
			assertThat(answer.body()).contains("forgot-sent");
		}
		assertThat(jdbc.sql("select count(*) from account_secret where account_id = :id and purpose = 'RESET'")
			.param("id", accountId)
			.query(Integer.class)
			.single()).isEqualTo(4);
		// only the newest link works: each new one voided the one before
		String newest = latestToken(email, 4);
		assertThat(browser.get("/reset-password?token=" + newest).statusCode()).isEqualTo(200);
		// the address: ten free requests whatever the login name (four counted above: the fifth was refused
		// unchecked), an eleventh starts its wait, a twelfth is told to wait
		for (int i = 0; i < 7; i++) {
			assertThat(ask(browser, "orang-" + UUID.randomUUID() + "@example.id").statusCode()).isEqualTo(200);
		}
		HttpResponse<String> limited = ask(browser, "orang-" + UUID.randomUUID() + "@example.id");
		assertThat(limited.statusCode()).isEqualTo(429);
		assertThat(limited.body()).contains("forgot-limited").doesNotContain("forgot-sent");
	}

	private static HttpResponse<String> ask(PortalHttpClient browser, String login) throws Exception {
		String csrf = PortalHttpClient.csrfTokenOf(browser.get("/forgot-password").body());
		return browser.postForm("/forgot-password",
				"loginName=" + PortalHttpClient.enc(login) + "&_csrf=" + PortalHttpClient.enc(csrf));
	}

	private static String form(String page, String token, String password) {
		return "token=" + PortalHttpClient.enc(token) + "&newPassword=" + PortalHttpClient.enc(password)
				+ "&confirmPassword=" + PortalHttpClient.enc(password) + "&_csrf="
				+ PortalHttpClient.enc(PortalHttpClient.csrfTokenOf(page));
	}

	/** The token of the newest of at least {@code count} reset mails to the address. */
	private static String latestToken(String address, int count) throws Exception {
		List<jakarta.mail.internet.MimeMessage> mails = Mailbox.awaitMailsTo(address, count);
		Matcher token = RESET_TOKEN.matcher(Mailbox.text(mails.get(mails.size() - 1)));
		assertThat(token.find()).as("a reset link in the mail").isTrue();
		return token.group(1);
	}

	private static String withoutCsrf(String html) {
		return CSRF_VALUE.matcher(html).replaceAll("");
	}

	private static byte[] sha256(String value) throws Exception {
		return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
	}

}
