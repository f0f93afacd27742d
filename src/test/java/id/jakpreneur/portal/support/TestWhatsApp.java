package id.jakpreneur.portal.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.awaitility.Awaitility;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for the WhatsApp Business Cloud API (WireMock, on a free port), started once per test JVM, and the
 * portal's WhatsApp channel pointed at it: what {@code jakpreneur.whatsapp.*} gives in production. It accepts every
 * message unless a test stubs another answer; tests read what was sent from {@link #sent()}. Import it only where
 * WhatsApp must be on: the shared portal context has no WhatsApp channel.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestWhatsApp {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public static final String PHONE_NUMBER_ID = "1098765432";

	public static final String TOKEN = "test-token";

	public static WireMockServer server() {
		return Holder.SERVER;
	}

	/** Every message the portal sent to the stub, oldest first. */
	public static List<LoggedRequest> sent() {
		return server().findAll(postRequestedFor(urlPathMatching("/v21.0/" + PHONE_NUMBER_ID + "/messages")));
	}

	/**
	 * The first body parameter (a secret message's link or code) of the newest message with the template sent to the
	 * number ({@code +62…} or {@code 08…}), once it has arrived.
	 */
	public static String awaitFirstParameter(String number, String template) {
		String to = number.replaceAll("[^0-9]", "").replaceFirst("^0", "62");
		return Awaitility.await("a WhatsApp " + template + " to " + to).atMost(Duration.ofSeconds(30)).until(() -> {
			List<LoggedRequest> sent = sent();
			for (int i = sent.size() - 1; i >= 0; i--) {
				JsonNode message = JSON.readTree(sent.get(i).getBodyAsString());
				if (message.path("to").asString().equals(to)
						&& message.path("template").path("name").asString().equals(template)) {
					return message.path("template").path("components").path(0).path("parameters").path(0)
						.path("text").asString();
				}
			}
			return null;
		}, Objects::nonNull);
	}

	/** Back to accepting every message (a test that stubbed failures calls this afterwards). */
	public static void acceptAll() {
		server().resetAll();
		Holder.acceptAllOn(server());
	}

	@Bean
	DynamicPropertyRegistrar whatsAppProperties() {
		return registry -> {
			registry.add("jakpreneur.whatsapp.api-url", () -> server().baseUrl() + "/v21.0");
			registry.add("jakpreneur.whatsapp.phone-number-id", () -> PHONE_NUMBER_ID);
			registry.add("jakpreneur.whatsapp.access-token", () -> TOKEN);
			registry.add("jakpreneur.whatsapp.read-timeout", () -> "10s");
		};
	}

	private static final class Holder {

		static final WireMockServer SERVER = start();

		private static WireMockServer start() {
			WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
			acceptAllOn(server);
			return server;
		}

		private static void acceptAllOn(WireMockServer server) {
			server.stubFor(post(urlPathMatching("/v21.0/[0-9]+/messages")).willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"messages\":[{\"id\":\"wamid.test\"}]}")));
		}

	}

}
