package id.jakpreneur.portal.notification.outbox;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import id.jakpreneur.portal.notification.Channel;
import id.jakpreneur.portal.notification.NoticeKind;
import id.jakpreneur.portal.notification.SecretKind;
import id.jakpreneur.portal.shared.AfterCommit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes outbox messages in the caller's transaction, one per channel that is configured here and that the
 * recipient has an address (and, for notices, a wish) for; after the commit it nudges the worker, so the message
 * goes out at once without the request waiting for it.
 */
@Component
public class Outbox {

	private static final Logger log = LoggerFactory.getLogger(Outbox.class);

	private final JdbcClient jdbc;

	private final List<MessageChannel> channels;

	private final OutboxWorker worker;

	private final Clock clock;

	public Outbox(JdbcClient jdbc, List<MessageChannel> channels, OutboxWorker worker, Clock clock) {
		this.jdbc = jdbc;
		this.channels = List.copyOf(channels);
		this.worker = worker;
		this.clock = clock;
	}

	/** Where and how an account is reached, from account's published view. */
	record Recipient(String email, String phone, String language, boolean notifyEmail, boolean notifyWhatsapp,
			boolean enabled) {

		String address(Channel channel) {
			return channel == Channel.EMAIL ? email : phone;
		}

		boolean wants(Channel channel) {
			return channel == Channel.EMAIL ? notifyEmail : notifyWhatsapp;
		}

	}

	/** A notice by every channel the (enabled) account wants and has an address for. */
	public void queueNotice(long accountId, NoticeKind kind, String link, String[] args) {
		recipient(accountId).filter(Recipient::enabled).ifPresent(r -> {
			for (Channel channel : available()) {
				if (r.wants(channel) && r.address(channel) != null) {
					insert(accountId, channel, kind.name(), r.language(), r.address(channel), args, link, null);
				}
			}
		});
	}

	/** A secret to the account by the given channel (null: every one it has an address for), whatever its wishes. */
	public void queueSecret(long accountId, SecretKind kind, Channel only, String secret, String[] args) {
		int queued = 0;
		Recipient r = recipient(accountId).orElse(null);
		for (Channel channel : available()) {
			if (r != null && (only == null || only == channel) && r.address(channel) != null) {
				insert(accountId, channel, kind.name(), r.language(), r.address(channel), args, null, secret);
				queued++;
			}
		}
		if (queued == 0) {
			log.warn("A {} message has no channel to go by (no mail server or WhatsApp configured, or no address)",
					kind);
		}
	}

	/** A message to an address of no account, when its channel is configured. */
	public void queueToAddress(Channel channel, String address, SecretKind kind, String secret, String[] args) {
		if (address != null && available().contains(channel)) {
			insert(null, channel, kind.name(), "id", address, args, null, secret);
		}
	}

	/** The channels configured here. */
	Set<Channel> available() {
		Set<Channel> available = EnumSet.noneOf(Channel.class);
		for (MessageChannel channel : channels) {
			if (channel.available()) {
				available.add(channel.channel());
			}
		}
		return available;
	}

	private Optional<Recipient> recipient(long accountId) {
		return jdbc.sql("""
				select email, phone, language, notify_email, notify_whatsapp, enabled
				from account_directory where id = :id
				""")
			.param("id", accountId)
			.query((rs, n) -> new Recipient(rs.getString("email"), rs.getString("phone"), rs.getString("language"),
					rs.getBoolean("notify_email"), rs.getBoolean("notify_whatsapp"), rs.getBoolean("enabled")))
			.optional();
	}

	private void insert(Long accountId, Channel channel, String kind, String language, String recipient,
			String[] args, String link, String secret) {
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.sql("""
				insert into outbox_message (account_id, channel, kind, language, recipient, args, link, secret,
				    next_attempt_at, created_at)
				values (:accountId, :channel, :kind, :language, :recipient, :args, :link, :secret, :now, :now)
				""")
			.param("accountId", accountId, Types.BIGINT)
			.param("channel", channel.name())
			.param("kind", kind)
			.param("language", language)
			.param("recipient", recipient)
			.param("args", args == null ? new String[0] : args)
			.param("link", link, Types.VARCHAR)
			.param("secret", secret, Types.VARCHAR)
			.param("now", now)
			.update();
		AfterCommit.run(worker::nudge);
	}

}
