package id.jakpreneur.portal.entrepreneur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import id.jakpreneur.portal.support.Await;
import id.jakpreneur.portal.support.PostgresTest;
import id.jakpreneur.portal.support.RegistrationJourneys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A mail server that does not answer does not slow the page whose change queued the mail: the registration is
 * answered while the mail is still stuck at the server, and the mail goes out once the server answers.
 */
@SpringBootTest
@AutoConfigureMockMvc
@PostgresTest
@Import(RegistrationMailTimingTests.StuckMail.class)
// closed after the class: its outbox worker must not take other contexts' mails to a server that is not GreenMail
@DirtiesContext
class RegistrationMailTimingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StuckMailSender mail;

	@AfterEach
	void letTheMailGo() {
		mail.answer.countDown();
	}

	@Test
	void theAnswerDoesNotWaitForTheMailServer() throws Exception {
		Map<String, String> form = RegistrationTests.validForm();
		form.put("email", "warga@demo.local");
		long queued = jdbc.queryForObject("select coalesce(max(id), 0) from outbox_message", Long.class);
		// the first answer of a fresh portal warms it up; its mail is what the worker now holds at the server
		RegistrationTests.submit(mvc, form).andExpect(redirectedUrl("/register/received"));
		assertThat(mail.arrived.await(10, TimeUnit.SECONDS)).as("the worker is sending").isTrue();
		// every page of the journey answered before the clock starts: only the sending answer is timed
		var send = RegistrationJourneys.answeredOnline(mvc, RegistrationTests.freshAddress(), form);
		long start = System.nanoTime();
		mvc.perform(send).andExpect(redirectedUrl("/register/received"));
		Duration answered = Duration.ofNanos(System.nanoTime() - start);
		// the server has not answered: the page was answered all the same
		assertThat(mail.sent).isEmpty();
		assertThat(answered).as("answer time while the mail server hangs").isLessThan(Duration.ofSeconds(2));
		System.out.println("Registration answered in " + answered.toMillis() + " ms while the mail server hung");

		mail.answer.countDown();
		Await.until("sent once the server answers", () -> jdbc.queryForObject(
				"select count(*) from outbox_message where id > ? and status = 'QUEUED'", Long.class, queued) == 0);
		assertThat(mail.sent).filteredOn(m -> List.of(m.getTo()).contains("warga@demo.local")).hasSize(2);
	}

	/** A mail server that takes the message and answers only when the test says so (at most 30 s). */
	static class StuckMailSender extends JavaMailSenderImpl {

		final CountDownLatch arrived = new CountDownLatch(1);

		final CountDownLatch answer = new CountDownLatch(1);

		final List<SimpleMailMessage> sent = new CopyOnWriteArrayList<>();

		@Override
		public void send(SimpleMailMessage... messages) {
			arrived.countDown();
			try {
				answer.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			sent.addAll(List.of(messages));
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class StuckMail {

		@Bean
		StuckMailSender javaMailSender() {
			return new StuckMailSender();
		}

	}

}
