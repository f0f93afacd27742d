package id.jakpreneur.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.NewAccount;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.notification.outbox.DeliveryException;
import id.jakpreneur.portal.notification.outbox.MessageChannel;
import id.jakpreneur.portal.notification.outbox.MessageTexts;
import id.jakpreneur.portal.notification.outbox.NotificationSettings;
import id.jakpreneur.portal.notification.outbox.Outbox;
import id.jakpreneur.portal.notification.outbox.OutboxWorker;
import id.jakpreneur.portal.notification.outbox.OutgoingMessage;
import id.jakpreneur.portal.support.PortalWebTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The outbox worker on the real database, with WhatsApp channels of the test's own (the portal under test has none,
 * so its own worker never touches these rows) and a clock of the test's own in 2001 (so these workers see only the
 * rows this test wrote): back-off, giving up, a crash mid-send, and two workers sending 200 messages once each.
 */
@PortalWebTest
class OutboxWorkerTests {

	private static final Instant START = Instant.parse("2001-01-01T00:00:00Z");

	private static final NotificationSettings SETTINGS = new NotificationSettings("noreply@jakpreneur.local",
			"http://localhost:8080", List.of(Duration.ofMinutes(1), Duration.ofMinutes(5)), 3, Duration.ofMinutes(5),
			5, Duration.ofSeconds(30));

	@Autowired
	JdbcClient jdbcClient;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MessageTexts texts;

	@Autowired
	AccountManagement accounts;

	private final MovingClock clock = new MovingClock();

	private final List<OutboxWorker> workers = new ArrayList<>();

	private long account;

	@BeforeEach
	void anAccountWithANumber() {
		jdbc.update("delete from outbox_message where channel = 'WHATSAPP' and created_at < '2002-01-01'");
		String number = "0815" + String.format("%08d", java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000_000));
		account = accounts.open(new NewAccount(null, number, "Penerima WhatsApp", Role.ENTREPRENEUR, "Penerima-WA-2026",
				Set.of(), false));
	}

	@AfterEach
	void stopWorkers() {
		workers.forEach(OutboxWorker::stop);
		jdbc.update("delete from outbox_message where account_id = ?", account);
	}

	@Test
	void onlyTheChannelsTheReaderWantsAndHasAnAddressForAreWritten() {
		Outbox outbox = outbox(channel(m -> {
		}));
		outbox.queueNotice(account, NoticeKind.PLACE_OFFERED, "/me/outlets", new String[] { "Outlet Blok M", "Mei 2026",
				"03-05-2026" });
		assertThat(jdbc.queryForList("select channel from outbox_message where account_id = ?", String.class, account))
			.containsExactly("WHATSAPP");
		accounts.changePreferences(account, "en", true, false);
		outbox.queueNotice(account, NoticeKind.PLACE_OFFERED, "/me/outlets", new String[] { "x", "y", "z" });
		assertThat(rows()).isEqualTo(1);
		// a secret goes whatever the wishes, in the account's language
		outbox.queueSecret(account, SecretKind.PASSWORD_RESET, null, "kode-123456", new String[0]);
		assertThat(jdbc.queryForObject("select language from outbox_message where account_id = ? and kind = 'PASSWORD_RESET'",
				String.class, account)).isEqualTo("en");
	}

	@Test
	void aFailingChannelIsRetriedWithBackOffAndGivenUpAfterTheLastAttempt() {
		AtomicInteger calls = new AtomicInteger();
		MessageChannel failing = channel(m -> {
			calls.incrementAndGet();
			throw new DeliveryException("WA_UNAVAILABLE", false);
		});
		outbox(failing).queueSecret(account, SecretKind.ACCOUNT_ACTIVATION, Channel.WHATSAPP, "kode-rahasia-42",
				new String[] { "Penerima WhatsApp" });
		OutboxWorker worker = worker(failing);

		assertThat(worker.sendDue()).isZero();
		assertThat(state()).containsEntry("status", "QUEUED").containsEntry("attempts", 1)
			.containsEntry("last_error", "WA_UNAVAILABLE")
			.containsEntry("next_attempt_at", Timestamp.from(START.plus(Duration.ofMinutes(1))));
		worker.sendDue();
		assertThat(calls).as("not before its time").hasValue(1);

		clock.advance(Duration.ofMinutes(1));
		worker.sendDue();
		assertThat(state()).containsEntry("attempts", 2)
			.containsEntry("next_attempt_at", Timestamp.from(START.plus(Duration.ofMinutes(6))));

		clock.advance(Duration.ofMinutes(5));
		worker.sendDue();
		assertThat(state()).containsEntry("status", "FAILED").containsEntry("attempts", 3).containsEntry("secret", null);
		clock.advance(Duration.ofDays(1));
		worker.sendDue();
		assertThat(calls).hasValue(3);
	}

	@Test
	void aPermanentFailureIsNotRetried() {
		MessageChannel refusing = channel(m -> {
			throw new DeliveryException("WA_NOT_A_NUMBER", true);
		});
		outbox(refusing).queueNotice(account, NoticeKind.MENTOR_ASSIGNED, "/me/mentoring", new String[] { "Rina" });
		worker(refusing).sendDue();
		assertThat(state()).containsEntry("status", "FAILED").containsEntry("attempts", 1)
			.containsEntry("last_error", "WA_NOT_A_NUMBER");
	}

	@Test
	void aMessageWhoseWorkerDiedMidSendIsSentByAnotherWhenTheLeaseEnds() {
		MessageChannel dying = channel(m -> {
			throw new WorkerCrash();
		});
		List<OutgoingMessage> sent = new ArrayList<>();
		outbox(dying).queueSecret(account, SecretKind.PASSWORD_RESET, Channel.WHATSAPP, "kode-777", new String[0]);
		assertThatThrownBy(() -> worker(dying).sendDue()).isInstanceOf(WorkerCrash.class);
		OutboxWorker other = worker(channel(sent::add));
		assertThat(other.sendDue()).as("leased to the dead worker").isZero();
		clock.advance(SETTINGS.lease());
		assertThat(other.sendDue()).isEqualTo(1);
		assertThat(sent).singleElement().satisfies(m -> {
			assertThat(m.secret()).isEqualTo("kode-777");
			assertThat(m.text()).contains("kode-777");
			assertThat(m.recipient()).startsWith("+62815");
		});
		assertThat(state()).containsEntry("status", "SENT").containsEntry("attempts", 2).containsEntry("secret", null);
	}

	@Test
	void twoWorkersSendEachOf200MessagesExactlyOnce() throws Exception {
		Map<Long, Integer> deliveries = new ConcurrentHashMap<>();
		MessageChannel counting = channel(m -> deliveries.merge(m.id(), 1, Integer::sum));
		Outbox outbox = outbox(counting);
		for (int i = 0; i < 200; i++) {
			outbox.queueNotice(account, NoticeKind.ACTION_DUE, "/me/mentoring", new String[] { "Tugas " + i, "01-01-2001" });
		}
		OutboxWorker first = worker(counting);
		OutboxWorker second = worker(counting);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Future<Integer> a = threads.submit(first::sendDue);
			Future<Integer> b = threads.submit(second::sendDue);
			assertThat(a.get() + b.get()).isEqualTo(200);
		}
		finally {
			threads.shutdown();
		}
		assertThat(deliveries).hasSize(200);
		assertThat(deliveries.values()).containsOnly(1);
		assertThat(jdbc.queryForObject("select count(*) from outbox_message where account_id = ? and status = 'SENT' "
				+ "and attempts = 1", Integer.class, account)).isEqualTo(200);
	}

	private Outbox outbox(MessageChannel channel) {
		// the outbox's own nudge goes to a worker without channels: the test drives its workers itself
		return new Outbox(jdbcClient, List.of(channel), worker(), clock);
	}

	private OutboxWorker worker(MessageChannel... channels) {
		OutboxWorker worker = new OutboxWorker(jdbcClient, List.of(channels), texts, SETTINGS, clock);
		workers.add(worker);
		return worker;
	}

	private Map<String, Object> state() {
		return jdbc.queryForMap("select status, attempts, last_error, next_attempt_at, secret from outbox_message "
				+ "where account_id = ?", account);
	}

	private int rows() {
		return jdbc.queryForObject("select count(*) from outbox_message where account_id = ?", Integer.class, account);
	}

	private static MessageChannel channel(Consumer<OutgoingMessage> send) {
		return new MessageChannel() {
			@Override
			public Channel channel() {
				return Channel.WHATSAPP;
			}

			@Override
			public void send(OutgoingMessage message) {
				send.accept(message);
			}
		};
	}

	/** What a worker's thread dying mid-send looks like to the outbox: nothing after the claim. */
	static final class WorkerCrash extends Error {

		private static final long serialVersionUID = 1L;

	}

	/** A clock that stands still until the test moves it. */
	static final class MovingClock extends Clock {

		private volatile Instant now = START;

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

}
