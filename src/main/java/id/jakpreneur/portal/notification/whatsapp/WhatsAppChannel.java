package id.jakpreneur.portal.notification.whatsapp;

import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.jakpreneur.portal.notification.Channel;
import id.jakpreneur.portal.notification.outbox.DeliveryException;
import id.jakpreneur.portal.notification.outbox.MessageChannel;
import id.jakpreneur.portal.notification.outbox.OutgoingMessage;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * WhatsApp through the Business Cloud API: one template message per outbox message
 * ({@code POST <api>/<phone number id>/messages}), the template named for the message's kind, in the recipient's
 * language, with the rendered arguments as the body's parameters and then the link (a notice) or the secret (a reset
 * or activation message). Only approved templates reach someone who has not written to the programme first, which is
 * why there is no free text. Off when not configured (no WhatsApp message is written to the outbox then).
 * <p>
 * The API's answers become retries or failures: 429 (rate limit), 5xx, 401/403 (a token to renew) and timeouts are
 * tried again later; any other 4xx (a template that does not exist or does not fit, a number without WhatsApp) fails
 * for good. The stored code is the status and the API's numeric error code, never its text.
 */
@Component
class WhatsAppChannel implements MessageChannel {

	private final WhatsAppSettings settings;

	private final RestClient client;

	WhatsAppChannel(WhatsAppSettings settings) {
		this.settings = settings;
		HttpClient http = HttpClient.newBuilder()
			.connectTimeout(settings.connectTimeout())
			.version(HttpClient.Version.HTTP_1_1)
			.build();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
		requests.setReadTimeout(settings.readTimeout());
		this.client = RestClient.builder().requestFactory(requests).baseUrl(settings.apiUrl()).build();
	}

	@Override
	public Channel channel() {
		return Channel.WHATSAPP;
	}

	@Override
	public boolean available() {
		return settings.configured();
	}

	@Override
	public void send(OutgoingMessage message) {
		try {
			client.post()
				.uri("/{phoneNumberId}/messages", settings.phoneNumberId())
				.headers(headers -> headers.setBearerAuth(settings.accessToken()))
				.contentType(MediaType.APPLICATION_JSON)
				.body(request(message))
				.retrieve()
				.toBodilessEntity();
		}
		catch (RestClientResponseException ex) {
			throw refused(ex.getStatusCode(), ex.getResponseBodyAsString());
		}
		catch (ResourceAccessException ex) {
			boolean timeout = ex.getCause() instanceof HttpTimeoutException
					|| ex.getCause() instanceof SocketTimeoutException;
			throw new DeliveryException(timeout ? "WA_TIMEOUT" : "WA_UNREACHABLE", false);
		}
	}

	/** The Cloud API's template message: {@code to} without the plus sign, parameters as body text. */
	Map<String, Object> request(OutgoingMessage message) {
		List<String> values = new ArrayList<>(message.arguments());
		if (message.secret() != null) {
			values.add(0, message.secret());
		}
		else if (message.url() != null) {
			values.add(message.url());
		}
		List<Map<String, String>> parameters = values.stream()
			.map(value -> Map.of("type", "text", "text", value.isBlank() ? "-" : value))
			.toList();
		Map<String, Object> template = Map.of("name", settings.template(message.kind()), "language",
				Map.of("code", message.language().getLanguage()), "components",
				parameters.isEmpty() ? List.of() : List.of(Map.of("type", "body", "parameters", parameters)));
		return Map.of("messaging_product", "whatsapp", "recipient_type", "individual", "to",
				message.recipient().replace("+", ""), "type", "template", "template", template,
				"biz_opaque_callback_data", "outbox-" + message.id());
	}

	private static DeliveryException refused(HttpStatusCode status, String body) {
		int code = status.value();
		String apiCode = WhatsAppErrors.code(body);
		String shortCode = "WA_" + code + (apiCode == null ? "" : "_" + apiCode);
		boolean retry = code == 429 || code == 401 || code == 403 || status.is5xxServerError();
		return new DeliveryException(shortCode, !retry);
	}

}
