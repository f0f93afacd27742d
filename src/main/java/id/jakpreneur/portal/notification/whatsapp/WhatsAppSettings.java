package id.jakpreneur.portal.notification.whatsapp;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The WhatsApp Business Cloud API ({@code jakpreneur.whatsapp.*}). The channel is on only when both the phone number
 * id and the access token are set; the template of a message kind is {@code templates.<KIND>} or, by default,
 * {@code jakpreneur_<kind in lower case>} (docs/operations.md lists them with their parameters).
 *
 * @param apiUrl the Graph API's address with its version
 * @param phoneNumberId the sending number's id in WhatsApp Manager
 * @param accessToken a system user's permanent token
 * @param templates template names by message kind, where they differ from the default
 * @param connectTimeout longest wait for a connection to the API
 * @param readTimeout longest wait for the API's answer; a slower answer is a retry later
 */
@ConfigurationProperties("jakpreneur.whatsapp")
public record WhatsAppSettings(@DefaultValue("https://graph.facebook.com/v21.0") String apiUrl, String phoneNumberId,
		String accessToken, @DefaultValue Map<String, String> templates, @DefaultValue("2s") Duration connectTimeout,
		@DefaultValue("5s") Duration readTimeout) {

	public WhatsAppSettings {
		apiUrl = apiUrl.replaceAll("/+$", "");
		templates = Map.copyOf(templates);
	}

	public boolean configured() {
		return phoneNumberId != null && !phoneNumberId.isBlank() && accessToken != null && !accessToken.isBlank();
	}

	public String template(String kind) {
		return templates.getOrDefault(kind, "jakpreneur_" + kind.toLowerCase(Locale.ROOT));
	}

	@Override
	public String toString() {
		return "WhatsAppSettings[" + apiUrl + ", configured=" + configured() + "]";
	}

}
