package id.jakpreneur.portal.notification.outbox;

import id.jakpreneur.portal.notification.Channel;

/**
 * One way out of the portal (e-mail, WhatsApp): a bean per {@link Channel}. The outbox writes messages only for the
 * channels that are {@link #available()} (no mail server configured: no e-mail rows), and the worker hands each
 * message to the channel of its row. {@link #send} returns when the provider accepted the message and throws
 * {@link DeliveryException} (a short code, never the provider's text) when it did not.
 */
public interface MessageChannel {

	Channel channel();

	/** Whether the channel is configured here; without it no message for it is written. */
	default boolean available() {
		return true;
	}

	void send(OutgoingMessage message);

}
