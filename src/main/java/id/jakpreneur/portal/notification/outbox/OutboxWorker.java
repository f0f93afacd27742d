package id.jakpreneur.portal.notification.outbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;

import id.jakpreneur.portal.notification.Channel;
import id.jakpreneur.portal.notification.NoticeKind;
import id.jakpreneur.portal.notification.SecretKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds. It claims due messages with {@code for update skip locked} in one short statement
 * that also counts the attempt and leases the message (moves {@code next_attempt_at} past the lease), so any number of
 * workers on any number of instances send each message once, and a message whose worker died mid-send is sent again
 * when the lease ends. The provider is called outside any transaction; then the message is marked SENT (its secret
 * erased), or retried after the configured back-off, or FAILED after the last attempt or a permanent failure. Logs
 * name the message's id, kind and channel, never its address or secret.
 */
@Component
public class OutboxWorker {

	/** Kinds whose recipient's address is forgotten once sent or failed. */
	private static final List<String> FORGETFUL = java.util.Arrays.stream(SecretKind.values())
		.filter(SecretKind::forgetsAddress)
		.map(Enum::name)
		.toList();

	private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

	private final JdbcClient jdbc;

	private final Map<Channel, MessageChannel> channels = new EnumMap<>(Channel.class);

	private final MessageTexts texts;

	private final NotificationSettings settings;

	private final Clock clock;

	private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

	private final AtomicBoolean nudged = new AtomicBoolean();

	public OutboxWorker(JdbcClient jdbc, List<MessageChannel> channels, MessageTexts texts,
			NotificationSettings settings, Clock clock) {
		this.jdbc = jdbc;
		for (MessageChannel channel : channels) {
			if (channel.available()) {
				this.channels.put(channel.channel(), channel);
			}
		}
		this.texts = texts;
		this.settings = settings;
		this.clock = clock;
		executor.setCorePoolSize(1);
		executor.setMaxPoolSize(1);
		executor.setThreadNamePrefix("outbox-");
		executor.initialize();
	}

	@PreDestroy
	public void stop() {
		executor.shutdown();
	}

	/**
	 * Sends what is due on the worker's own thread, soon: called after the commit that queued a message. Nudges
	 * while a run is waiting to start fold into it; one that arrives while a run works starts another after it.
	 */
	public void nudge() {
		if (channels.isEmpty() || !nudged.compareAndSet(false, true)) {
			return;
		}
		try {
			executor.execute(() -> {
				nudged.set(false);
				try {
					sendDue();
				}
				catch (RuntimeException ex) {
					log.warn("The outbox could not be worked now ({}); the scheduled run picks it up",
							ex.getClass().getSimpleName());
				}
			});
		}
		catch (TaskRejectedException ex) {
			nudged.set(false);
		}
	}

	/** Sends every due message, batch after batch, until none is left; returns how many were sent. */
	public int sendDue() {
		if (channels.isEmpty()) {
			return 0;
		}
		giveUpAbandoned();
		int sent = 0;
		List<Claimed> batch = claim();
		while (!batch.isEmpty()) {
			for (Claimed message : batch) {
				sent += deliver(message) ? 1 : 0;
			}
			batch = claim();
		}
		return sent;
	}

	record Claimed(long id, Channel channel, String kind, String language, String recipient, List<String> args,
			String link, String secret, int attempts) {
	}

	private List<Claimed> claim() {
		Instant now = clock.instant();
		return jdbc.sql("""
				update outbox_message m set attempts = m.attempts + 1, next_attempt_at = :leaseUntil
				from (select id from outbox_message
				      where status = 'QUEUED' and next_attempt_at <= :now and attempts < :maxAttempts
				        and channel in (:channels)
				      order by next_attempt_at, id limit :batch for update skip locked) due
				where m.id = due.id
				returning m.id, m.channel, m.kind, m.language, m.recipient, m.args, m.link, m.secret, m.attempts
				""")
			.param("leaseUntil", Timestamp.from(now.plus(settings.lease())))
			.param("now", Timestamp.from(now))
			.param("maxAttempts", settings.maxAttempts())
			.param("channels", channels.keySet().stream().map(Channel::name).toList())
			.param("batch", settings.batchSize())
			.query((rs, n) -> new Claimed(rs.getLong("id"), Channel.valueOf(rs.getString("channel")),
					rs.getString("kind"), rs.getString("language"), rs.getString("recipient"),
					Arrays.asList((String[]) rs.getArray("args").getArray()), rs.getString("link"),
					rs.getString("secret"), rs.getInt("attempts")))
			.list();
	}

	/** A message whose last attempt's lease ran out (its worker died mid-send) is given up. */
	private void giveUpAbandoned() {
		int given = jdbc.sql("""
				update outbox_message set status = 'FAILED', secret = null, last_error = 'ABANDONED'
				where status = 'QUEUED' and attempts >= :maxAttempts and next_attempt_at <= :now
				  and channel in (:channels)
				""")
			.param("maxAttempts", settings.maxAttempts())
			.param("now", Timestamp.from(clock.instant()))
			.param("channels", channels.keySet().stream().map(Channel::name).toList())
			.update();
		if (given > 0) {
			jdbc.sql("update outbox_message set recipient = '' where status = 'FAILED' and kind in (:kinds) and recipient <> ''")
				.param("kinds", FORGETFUL)
				.update();
			log.warn("{} outbox messages given up after their last attempt's worker stopped", given);
		}
	}

	private boolean deliver(Claimed message) {
		try {
			channels.get(message.channel()).send(render(message));
			jdbc.sql("""
					update outbox_message set status = 'SENT', sent_at = :now, secret = null, last_error = null
					where id = :id and status = 'QUEUED'
					""").param("now", Timestamp.from(clock.instant())).param("id", message.id()).update();
			forgetAddress(message);
			return true;
		}
		catch (DeliveryException ex) {
			failed(message, ex.code(), ex.permanent());
		}
		catch (RuntimeException ex) {
			failed(message, ex.getClass().getSimpleName(), false);
		}
		return false;
	}

	private void failed(Claimed message, String code, boolean permanent) {
		String shortCode = code.length() > 60 ? code.substring(0, 60) : code;
		Instant now = clock.instant();
		if (permanent || message.attempts() >= settings.maxAttempts()) {
			jdbc.sql("""
					update outbox_message set status = 'FAILED', secret = null, last_error = :code
					where id = :id and status = 'QUEUED'
					""").param("code", shortCode).param("id", message.id()).update();
			forgetAddress(message);
			log.warn("Outbox message {} ({} by {}) failed for good after {} attempts: {}", message.id(),
					message.kind(), message.channel(), message.attempts(), shortCode);
			return;
		}
		Instant next = now.plus(settings.retryDelay(message.attempts()));
		jdbc.sql("""
				update outbox_message set next_attempt_at = :next, last_error = :code
				where id = :id and status = 'QUEUED'
				""").param("next", Timestamp.from(next)).param("code", shortCode).param("id", message.id()).update();
		log.info("Outbox message {} ({} by {}) failed attempt {}: {}; next at {}", message.id(), message.kind(),
				message.channel(), message.attempts(), shortCode, next);
	}

	/** The address of a message whose kind says so (an erased person's) is blanked once the message is done. */
	private void forgetAddress(Claimed message) {
		if (FORGETFUL.contains(message.kind())) {
			jdbc.sql("update outbox_message set recipient = '' where id = :id and status <> 'QUEUED'")
				.param("id", message.id())
				.update();
		}
	}

	private OutgoingMessage render(Claimed m) {
		Locale language = Locale.forLanguageTag(m.language());
		List<String> arguments = Arrays.stream(texts.resolved(m.args(), language)).map(String::valueOf).toList();
		if (isNotice(m.kind())) {
			NoticeKind kind = NoticeKind.valueOf(m.kind());
			String url = m.link() == null ? null : settings.portalUrl() + m.link();
			return new OutgoingMessage(m.id(), m.channel(), m.recipient(), m.kind(), language,
					texts.noticeSubject(language), texts.noticeBody(kind, m.args(), url, language), arguments, url,
					null);
		}
		SecretKind kind = SecretKind.valueOf(m.kind());
		return new OutgoingMessage(m.id(), m.channel(), m.recipient(), m.kind(), language,
				texts.secretSubject(kind, language),
				texts.secretBody(kind, m.secret(), settings.portalUrl(), m.args(), language), arguments, null,
				m.secret());
	}

	private static boolean isNotice(String kind) {
		return Arrays.stream(NoticeKind.values()).anyMatch(k -> k.name().equals(kind));
	}

}
