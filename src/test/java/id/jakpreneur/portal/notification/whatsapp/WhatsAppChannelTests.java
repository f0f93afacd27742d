package id.jakpreneur.portal.notification.whatsapp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import id.jakpreneur.portal.notification.Channel;
import id.jakpreneur.portal.notification.outbox.DeliveryException;
import id.jakpreneur.portal.notification.outbox.OutgoingMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The WhatsApp channel against a stand-in of the Cloud API: the request it sends, and how each kind of answer (success,
 * a 4xx template error, 429 rate limit, 5xx, a timeout, no server) becomes a sent message, a retry or a failure.
 */
class WhatsAppChannelTests {

	private static final WireMockServer api = new WireMockServer(
			WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));

	private WhatsAppChannel channel;

	@BeforeAll
	static void start() {
		api.start();
	}

	@AfterAll
	static void stop() {
		api.stop();
	}

	@BeforeEach
	void channel() {
		api.resetAll();
		channel = new WhatsAppChannel(settings(api.baseUrl() + "/v21.0", Duration.ofSeconds(10)));
	}

	private static WhatsAppSettings settings(String url, Duration readTimeout) {
		return new WhatsAppSettings(url, "1098765432", "secret-token",
				Map.of("LICENCE_VERIFIED", "izin_terverifikasi_v2"), Duration.ofSeconds(1), readTimeout);
	}

	private static OutgoingMessage notice() {
		return new OutgoingMessage(41, Channel.WHATSAPP, "+6281234567890", "LICENCE_VERIFIED", Locale.forLanguageTag("id"),
				"subject", "text", List.of("NIB", "1234567890123"), "http://localhost:8080/me/licences", null);
	}

	private void answer(int status, String body) {
		api.stubFor(post(urlEqualTo("/v21.0/1098765432/messages"))
			.willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body)));
	}

	@Test
	void sendsATemplateMessageWithTheArgumentsAndTheLinkAsBodyParameters() {
		answer(200, "{\"messages\":[{\"id\":\"wamid.1\"}]}");

		channel.send(notice());

		api.verify(postRequestedFor(urlEqualTo("/v21.0/1098765432/messages"))
			.withHeader("Authorization", equalTo("Bearer secret-token"))
			.withRequestBody(equalToJson("""
					{"messaging_product": "whatsapp", "recipient_type": "individual", "to": "6281234567890",
					 "type": "template", "biz_opaque_callback_data": "outbox-41",
					 "template": {"name": "izin_terverifikasi_v2", "language": {"code": "id"},
					   "components": [{"type": "body", "parameters": [
					     {"type": "text", "text": "NIB"}, {"type": "text", "text": "1234567890123"},
					     {"type": "text", "text": "http://localhost:8080/me/licences"}]}]}}
					""")));
	}

	@Test
	void aSecretMessageCarriesTheSecretAsTheFirstParameterAndTheDefaultTemplateName() {
		answer(200, "{}");
		OutgoingMessage reset = new OutgoingMessage(7, Channel.WHATSAPP, "+6281234567890", "PASSWORD_RESET",
				Locale.ENGLISH, "s", "t", List.of(), null, "http://localhost:8080/password/reset?token=abc");

		channel.send(reset);

		api.verify(postRequestedFor(urlEqualTo("/v21.0/1098765432/messages")).withRequestBody(equalToJson("""
				{"template": {"name": "jakpreneur_password_reset", "language": {"code": "en"},
				  "components": [{"type": "body", "parameters": [
				    {"type": "text", "text": "http://localhost:8080/password/reset?token=abc"}]}]}}
				""", true, true)));
	}

	@Test
	void aTemplateErrorFailsForGoodWithTheApisCodeButNotItsText() {
		answer(400, """
				{"error": {"message": "(#132001) Template name does not exist in the translation for +6281234567890",
				 "type": "OAuthException", "code": 132001, "fbtrace_id": "Abc"}}
				""");

		assertThatThrownBy(() -> channel.send(notice())).isInstanceOfSatisfying(DeliveryException.class, ex -> {
			assertThat(ex.code()).isEqualTo("WA_400_132001");
			assertThat(ex.permanent()).isTrue();
			assertThat(ex.getMessage()).doesNotContain("6281234567890");
		});
	}

	@Test
	void theRateLimitIsTriedAgainLater() {
		answer(429, "{\"error\": {\"message\": \"rate\", \"code\": 130429}}");

		assertThatThrownBy(() -> channel.send(notice())).isInstanceOfSatisfying(DeliveryException.class, ex -> {
			assertThat(ex.code()).isEqualTo("WA_429_130429");
			assertThat(ex.permanent()).isFalse();
		});
	}

	@Test
	void aServerErrorIsTriedAgainLater() {
		answer(503, "<html>unavailable</html>");

		assertThatThrownBy(() -> channel.send(notice())).isInstanceOfSatisfying(DeliveryException.class, ex -> {
			assertThat(ex.code()).isEqualTo("WA_503");
			assertThat(ex.permanent()).isFalse();
		});
	}

	@Test
	void anExpiredTokenIsTriedAgainLaterRatherThanLosingTheMessage() {
		answer(401, "{\"error\": {\"message\": \"Error validating access token\", \"code\": 190}}");

		assertThatThrownBy(() -> channel.send(notice())).isInstanceOfSatisfying(DeliveryException.class, ex -> {
			assertThat(ex.code()).isEqualTo("WA_401_190");
			assertThat(ex.permanent()).isFalse();
		});
	}

	@Test
	void aSlowApiIsATimeoutTriedAgainLaterAfterTheReadTimeoutNotAfterTheApisAnswer() {
		api.stubFor(post(urlEqualTo("/v21.0/1098765432/messages"))
			.willReturn(aResponse().withStatus(200).withFixedDelay(10_000)));
		WhatsAppChannel impatient = new WhatsAppChannel(settings(api.baseUrl() + "/v21.0", Duration.ofMillis(500)));
		long start = System.nanoTime();

		assertThatThrownBy(() -> impatient.send(notice())).isInstanceOfSatisfying(DeliveryException.class, ex -> {
			assertThat(ex.code()).isEqualTo("WA_TIMEOUT");
			assertThat(ex.permanent()).isFalse();
		});
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(6));
	}

	@Test
	void aBrokenConnectionIsTriedAgainLater() {
		api.stubFor(post(urlEqualTo("/v21.0/1098765432/messages"))
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

		assertThatThrownBy(() -> channel.send(notice())).isInstanceOfSatisfying(DeliveryException.class, ex -> {
			assertThat(ex.code()).isEqualTo("WA_UNREACHABLE");
			assertThat(ex.permanent()).isFalse();
		});
	}

	@Test
	void isOffUntilBothTheNumberIdAndTheTokenAreConfigured() {
		assertThat(new WhatsAppChannel(new WhatsAppSettings("http://x/v21.0", null, null, Map.of(),
				Duration.ofSeconds(1), Duration.ofSeconds(1))).available()).isFalse();
		assertThat(new WhatsAppChannel(new WhatsAppSettings("http://x/v21.0", "1", " ", Map.of(),
				Duration.ofSeconds(1), Duration.ofSeconds(1))).available()).isFalse();
		assertThat(channel.available()).isTrue();
	}

}
