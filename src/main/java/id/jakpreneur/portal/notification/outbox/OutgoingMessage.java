package id.jakpreneur.portal.notification.outbox;

import java.util.List;
import java.util.Locale;

import id.jakpreneur.portal.notification.Channel;

/**
 * A message as a channel sends it, rendered in the recipient's language: e-mail uses subject and text; WhatsApp a
 * template named for the kind, with the resolved arguments (and the secret or link where the template has one).
 *
 * @param id the outbox row, a provider's idempotency key
 * @param kind a {@code NoticeKind} or {@code SecretKind} name
 * @param arguments the sender's arguments with {@code msg:} keys resolved
 * @param url the link into the portal as a full address, or null
 * @param secret the secret of a secret message, or null
 */
public record OutgoingMessage(long id, Channel channel, String recipient, String kind, Locale language,
		String subject, String text, List<String> arguments, String url, String secret) {

	public OutgoingMessage {
		arguments = List.copyOf(arguments);
	}

	@Override
	public String toString() {
		return "OutgoingMessage[" + id + ", " + channel + ", " + kind + "]";
	}

}
