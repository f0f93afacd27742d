package id.jakpreneur.portal.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import id.jakpreneur.portal.notification.outbox.OutboxWorker;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.TestMail;
import id.jakpreneur.portal.support.TestWhatsApp;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How many messages per second the outbox hands to its providers, with 10,000 queued (half e-mail to the in-process SMTP
 * server, half WhatsApp to the stubbed Cloud API): one worker (an instance's own) and two (two instances, or the nudge
 * and the scheduled run together). Each message must go exactly once. Run on its own:
 * {@code ./mvnw test -Dtest.excludedGroups= -Dgroups=benchmark -Dtest=OutboxThroughputBenchmarkTests}.
 */
@Tag("benchmark")
@PortalWebTest
@Import(TestWhatsApp.class)
class OutboxThroughputBenchmarkTests {

	private static final int QUEUED = 10_000;

	@Autowired
	OutboxWorker worker;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(ints = { 1, 2 })
	void sendsTenThousandQueuedMessagesEachOnce(int workers) throws Exception {
		TestWhatsApp.acceptAll();
		int mailBefore = TestMail.server().getReceivedMessages().length;
		jdbc.sql("update outbox_message set status = 'SENT', sent_at = now(), secret = null where status = 'QUEUED'")
			.update();
		jdbc.sql("""
				insert into outbox_message (channel, kind, language, recipient, args, link, next_attempt_at, created_at)
				select case when i % 2 = 0 then 'EMAIL' else 'WHATSAPP' end, 'LICENCE_VERIFIED', 'id',
				       case when i % 2 = 0 then 'warga' || i || '@bench.example' else '+62812' || lpad(i::text, 7, '0') end,
				       array['msg:licence.type.NIB'], '/me/licences', now(), now()
				from generate_series(1, :count) i
				""").param("count", QUEUED).update();

		long start = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(workers);
		List<Future<Integer>> runs = new ArrayList<>();
		for (int i = 0; i < workers; i++) {
			runs.add(pool.submit(worker::sendDue));
		}
		int sent = 0;
		for (Future<Integer> run : runs) {
			sent += run.get();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		pool.shutdown();

		int whatsApp = TestWhatsApp.server().findAll(postRequestedFor(urlPathMatching("/v21.0/[0-9]+/messages"))).size();
		int mail = TestMail.server().getReceivedMessages().length - mailBefore;
		System.out.printf("BENCHMARK outbox, %d worker(s): %,d messages in %.1f s = %,.0f messages/s (%,d e-mail, %,d WhatsApp)%n",
				workers, sent, seconds, sent / seconds, mail, whatsApp);
		assertThat(sent).isEqualTo(QUEUED);
		assertThat(mail).isEqualTo(QUEUED / 2);
		assertThat(whatsApp).isEqualTo(QUEUED / 2);
		assertThat(jdbc.sql("select count(*) from outbox_message where status <> 'SENT'").query(Long.class).single())
			.isZero();
	}

}
