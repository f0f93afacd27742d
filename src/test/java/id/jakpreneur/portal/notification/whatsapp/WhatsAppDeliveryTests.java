package id.jakpreneur.portal.notification.whatsapp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.NewAccount;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.notification.NoticeKind;
import id.jakpreneur.portal.notification.Notifications;
import id.jakpreneur.portal.notification.outbox.OutboxWorker;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.TestWhatsApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The whole way of a notice to WhatsApp in the running portal: written to the outbox with the change, sent by the
 * worker after the commit to the (stubbed) Cloud API, and, when the API is down or slow, kept and retried while the
 * request that caused it returns at once.
 */
@PortalWebTest
@Import(TestWhatsApp.class)
class WhatsAppDeliveryTests {

	@Autowired
	Notifications notifications;

	@Autowired
	AccountManagement accounts;

	@Autowired
	OutboxWorker worker;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	private long account;

	private String number;

	@BeforeEach
	void aCitizenWithOnlyAMobileNumber() {
		TestWhatsApp.acceptAll();
		number = "0813" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
		account = accounts.open(new NewAccount(null, number, "Ibu Warung", Role.ENTREPRENEUR, "Warung-Sejahtera-26",
				Set.of(), false));
	}

	@AfterEach
	void acceptAgain() {
		TestWhatsApp.acceptAll();
	}

	private Map<String, Object> message() {
		return jdbc.sql("select status, attempts, last_error, next_attempt_at, secret from outbox_message "
				+ "where account_id = :id and channel = 'WHATSAPP'").param("id", account).query().singleRow();
	}

	private long sendNotice() {
		long start = System.nanoTime();
		transaction.executeWithoutResult(tx -> notifications.send(account, NoticeKind.LICENCE_VERIFIED, "/me/licences",
				null, "msg:licence.type.NIB"));
		return Duration.ofNanos(System.nanoTime() - start).toMillis();
	}

	@Test
	void aNoticeReachesTheCloudApiAfterTheCommit() {
		sendNotice();

		await().atMost(Duration.ofSeconds(60)).until(() -> "SENT".equals(message().get("status")));
		String body = TestWhatsApp.sent().stream()
			.map(r -> r.getBodyAsString())
			.filter(b -> b.contains(number.substring(1)))
			.findFirst()
			.orElseThrow();
		assertThat(body).contains("\"name\":\"jakpreneur_licence_verified\"", "\"code\":\"id\"", "/me/licences");
	}

	@Test
	void aProviderThatIsDownDelaysNobodyAndTheMessageIsTriedAgainLater() {
		TestWhatsApp.server().resetAll();
		TestWhatsApp.server().stubFor(post(urlPathMatching("/v21.0/[0-9]+/messages"))
			.willReturn(aResponse().withStatus(503).withFixedDelay(800)));

		long millis = sendNotice();

		assertThat(millis).as("the request's own time").isLessThan(800);
		await().atMost(Duration.ofSeconds(60)).until(() -> "WA_503".equals(message().get("last_error")));
		Map<String, Object> waiting = message();
		assertThat(waiting.get("status")).isEqualTo("QUEUED");
		assertThat(waiting.get("attempts")).isEqualTo(1);
		assertThat(((java.sql.Timestamp) waiting.get("next_attempt_at")).toInstant())
			.isAfter(Instant.now().plusSeconds(30));

		TestWhatsApp.acceptAll();
		jdbc.sql("update outbox_message set next_attempt_at = now() where account_id = :id").param("id", account).update();
		worker.sendDue();

		Map<String, Object> sent = message();
		assertThat(sent.get("status")).isEqualTo("SENT");
		assertThat(sent.get("attempts")).isEqualTo(2);
	}

	@Test
	void aTemplateTheApiDoesNotKnowFailsForGoodAndErasesTheSecret() {
		TestWhatsApp.server().resetAll();
		TestWhatsApp.server().stubFor(post(urlPathMatching("/v21.0/[0-9]+/messages")).willReturn(aResponse()
			.withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":{\"message\":\"Template name does not exist\",\"code\":132001}}")));

		transaction.executeWithoutResult(tx -> notifications.sendSecret(account,
				id.jakpreneur.portal.notification.SecretKind.PASSWORD_RESET, null, "http://localhost:8080/reset?t=x"));

		await().atMost(Duration.ofSeconds(60)).until(() -> "FAILED".equals(message().get("status")));
		assertThat(message().get("last_error")).isEqualTo("WA_400_132001");
		assertThat(message().get("secret")).isNull();
	}

}
