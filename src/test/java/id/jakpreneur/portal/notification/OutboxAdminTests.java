package id.jakpreneur.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.ThreadLocalRandom;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.QueryCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code /admin/messages}: the outbox for administrators, filtered and searched, never showing a secret or a whole
 * address, with a failed message queued again (not a secret one, whose secret is gone), in a bounded number of
 * statements.
 */
@PortalWebTest
class OutboxAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	private final String tag = "outbox" + ThreadLocalRandom.current().nextInt(1_000_000);

	private long failed(String kind, String secret) {
		return jdbc.sql("""
				insert into outbox_message (channel, kind, language, recipient, args, secret, status, attempts,
				    next_attempt_at, created_at, last_error)
				values ('EMAIL', :kind, 'id', :recipient, '{}', :secret, :status, 6, now(), now(), 'MAIL_X')
				returning id
				""")
			.param("kind", kind)
			.param("recipient", tag + "@warga.example")
			.param("secret", secret, java.sql.Types.VARCHAR)
			.param("status", secret == null ? "FAILED" : "QUEUED")
			.query(Long.class)
			.single();
	}

	private String page(String url) throws Exception {
		return mvc.perform(get(url).with(DemoUsers.as(accounts, Role.ADMIN)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void listsMessagesWithMaskedAddressesAndNeverTheSecret() throws Exception {
		failed("LICENCE_VERIFIED", null);
		long queuedSecret = failed("PASSWORD_RESET", "http://localhost:8080/password/reset?token=TOPSECRET");
		jdbc.sql("update outbox_message set next_attempt_at = now() + interval '1 day', attempts = 0 where id = :id")
			.param("id", queuedSecret)
			.update();

		String html = page("/admin/messages?q=" + tag);

		assertThat(html).contains(tag.charAt(0) + "***" + tag.charAt(tag.length() - 1) + "@warga.example")
			.doesNotContain(tag + "@warga.example")
			.doesNotContain("TOPSECRET")
			.contains("Izin diverifikasi", "Atur ulang kata sandi", "MAIL_X");
		assertThat(page("/admin/messages?status=FAILED&q=" + tag)).contains("Izin diverifikasi")
			.doesNotContain("Atur ulang kata sandi");
		assertThat(page("/admin/messages?status=nonsense&channel=FAX&q=" + tag)).contains("Izin diverifikasi");
	}

	@Test
	void aFailedNoticeIsQueuedAgainButAFailedSecretMessageIsNot() throws Exception {
		long notice = failed("LICENCE_VERIFIED", null);
		long secret = failed("ACCOUNT_ACTIVATION", null);

		mvc.perform(post("/admin/messages/{id}/retry", notice).with(DemoUsers.as(accounts, Role.ADMIN)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashSuccess", "notification.outbox.retried"));
		mvc.perform(post("/admin/messages/{id}/retry", secret).with(DemoUsers.as(accounts, Role.ADMIN)).with(csrf()))
			.andExpect(flash().attribute("flashError", "notification.outbox.notRetryable"));

		assertThat(jdbc.sql("select attempts from outbox_message where id = :id").param("id", notice).query(Integer.class).single())
			.isLessThanOrEqualTo(1);
		assertThat(jdbc.sql("select status from outbox_message where id = :id").param("id", secret).query(String.class).single())
			.isEqualTo("FAILED");
	}

	@Test
	void thePageCostsTheSameStatementsForOneMessageOrAFullPage() throws Exception {
		failed("LICENCE_VERIFIED", null);
		QueryCounter.reset();
		page("/admin/messages?q=" + tag);
		long one = QueryCounter.count();
		for (int i = 0; i < 30; i++) {
			failed("LICENCE_VERIFIED", null);
		}
		QueryCounter.reset();
		page("/admin/messages?q=" + tag);
		assertThat(QueryCounter.count()).isEqualTo(one);
	}

}
