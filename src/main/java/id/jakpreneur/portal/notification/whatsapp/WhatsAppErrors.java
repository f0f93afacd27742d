package id.jakpreneur.portal.notification.whatsapp;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The numeric error code of a Cloud API error answer ({@code {"error": {"code": 132001, "message": …}}}); the message
 * is never kept: it may quote the recipient's number or the template's parameters.
 */
final class WhatsAppErrors {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private WhatsAppErrors() {
	}

	static String code(String body) {
		if (body == null || body.isBlank()) {
			return null;
		}
		try {
			JsonNode code = JSON.readTree(body).path("error").path("code");
			return code.isIntegralNumber() ? String.valueOf(code.asLong()) : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

}
