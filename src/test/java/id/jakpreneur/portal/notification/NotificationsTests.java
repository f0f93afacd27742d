package id.jakpreneur.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.NewAccount;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.notification.outbox.MessageTexts;
import id.jakpreneur.portal.support.Mailbox;
import id.jakpreneur.portal.support.PortalWebTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link Notifications} on the real database with a real SMTP server: a notice is a bell row and, by the reader's
 * preferences, an outbox row in their language that the worker sends right after the commit; a dedupe key notifies
 * once; a rolled-back change queues nothing; a secret goes out and is then forgotten.
 */
@PortalWebTest
class NotificationsTests {

	@Autowired
	Notifications notifications;

	@Autowired
	AccountManagement accounts;

	@Autowired
	MessageTexts texts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate tx;

	@Test
	void aNoticeIsInTheBellAndMailedInTheReadersLanguage() throws Exception {
		String email = newEmail();
		long id = open(email);
		accounts.changePreferences(id, "en", true, true);
		assertThat(notifications.send(id, NoticeKind.CERTIFICATE_ISSUED, "/me/training", null, "Pemasaran Digital",
				"SRT-2026-0001")).isTrue();
		assertThat(notifications.unreadCount(id)).isEqualTo(1);
		Map<String, Object> row = jdbc.queryForMap("select channel, kind, language, recipient, link, secret "
				+ "from outbox_message where account_id = ?", id);
		assertThat(row).containsEntry("channel", "EMAIL")
			.containsEntry("kind", "CERTIFICATE_ISSUED")
			.containsEntry("language", "en")
			.containsEntry("recipient", email)
			.containsEntry("link", "/me/training")
			.containsEntry("secret", null);
		MimeMessage mail = Mailbox.awaitMailTo(email);
		assertThat(mail.getSubject()).isEqualTo("JakPreneur Portal notice");
		assertThat(Mailbox.text(mail))
			.contains("Your certificate for the class Pemasaran Digital has been issued (number SRT-2026-0001).")
			.contains("http://localhost:8080/me/training");
	}

	@Test
	void whoSaidNoToEmailGetsOnlyTheBell() {
		long id = open(newEmail());
		accounts.changePreferences(id, "id", false, false);
		notifications.send(id, NoticeKind.REGISTRATION_VALIDATED, "/me", null);
		assertThat(notifications.unreadCount(id)).isEqualTo(1);
		assertThat(outboxRows(id)).isZero();
	}

	@Test
	void aDedupeKeyNotifiesOnceInTheBellAndTheOutbox() {
		long id = open(newEmail());
		assertThat(notifications.send(id, NoticeKind.REPORT_DUE, "/me/reports", "report-due:2026-03", "Maret 2026",
				"10-04-2026")).isTrue();
		assertThat(notifications.send(id, NoticeKind.REPORT_DUE, "/me/reports", "report-due:2026-03", "Maret 2026",
				"10-04-2026")).isFalse();
		assertThat(notifications.unreadCount(id)).isEqualTo(1);
		assertThat(outboxRows(id)).isEqualTo(1);
	}

	@Test
	void aRolledBackChangeNotifiesNobody() {
		long id = open(newEmail());
		tx.executeWithoutResult(status -> {
			notifications.send(id, NoticeKind.REGISTRATION_RETURNED, "/me", null, "Foto KTP buram");
			status.setRollbackOnly();
		});
		assertThat(notifications.unreadCount(id)).isZero();
		assertThat(outboxRows(id)).isZero();
	}

	@Test
	void messageArgumentsAreShownInTheReadersLanguage() {
		List<String> args = List.of("Bank DKI", "msg:account.preferences.language.en");
		assertThat(texts.notice(NoticeKind.REFERRAL_CHANGED, args, Locale.forLanguageTag("id")))
			.isEqualTo("Rujukan Anda ke Bank DKI sekarang berstatus English.");
		assertThat(texts.notice(NoticeKind.REFERRAL_CHANGED, List.of("Bank DKI", "msg:notification.notices.unread"),
				Locale.ENGLISH))
			.isEqualTo("Your referral to Bank DKI is now New.");
	}

	@Test
	void aSecretIsSentWithoutABellNoticeAndForgottenOnceSent() throws Exception {
		String email = newEmail();
		long id = open(email);
		String secret = "http://localhost:8080/reset?token=" + UUID.randomUUID();
		accounts.changePreferences(id, "id", false, false);
		notifications.sendSecret(id, SecretKind.PASSWORD_RESET, null, secret);
		assertThat(notifications.unreadCount(id)).isZero();
		assertThat(Mailbox.text(Mailbox.awaitMailTo(email))).contains(secret);
		awaitSent(id);
		assertThat(jdbc.queryForObject("select count(*) from outbox_message m where account_id = ? "
				+ "and (secret is not null or row_to_json(m)::text like '%' || ? || '%')", Integer.class, id,
				secret.substring(secret.indexOf("token=") + 6)))
			.isZero();
	}

	@Test
	void everyKindHasOneNameAcrossNoticesAndSecrets() {
		for (SecretKind kind : SecretKind.values()) {
			assertThat(List.of(NoticeKind.values()).stream().map(Enum::name)).doesNotContain(kind.name());
		}
	}

	/** Waits for the worker's update after the mail went out (a row, never a fixed sleep). */
	private void awaitSent(long accountId) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (jdbc.queryForObject("select count(*) from outbox_message where account_id = ? and status <> 'SENT'",
				Integer.class, accountId) > 0) {
			assertThat(System.nanoTime()).as("sent within 10 s").isLessThan(deadline);
			Thread.onSpinWait();
		}
	}

	private int outboxRows(long accountId) {
		return jdbc.queryForObject("select count(*) from outbox_message where account_id = ?", Integer.class,
				accountId);
	}

	private long open(String email) {
		return accounts.open(new NewAccount(email, "Penerima Uji", Role.ENTREPRENEUR, "Penerima-Uji-2026", Set.of(),
				false));
	}

	private static String newEmail() {
		return "notice-" + UUID.randomUUID() + "@example.id";
	}

}
