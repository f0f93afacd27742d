package id.jakpreneur.portal.entrepreneur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.Cookie;

import id.jakpreneur.portal.account.AccountManagement;
import id.jakpreneur.portal.account.Role;
import id.jakpreneur.portal.notification.Channel;
import id.jakpreneur.portal.notification.outbox.MessageChannel;
import id.jakpreneur.portal.notification.outbox.OutgoingMessage;
import id.jakpreneur.portal.support.DemoUsers;
import id.jakpreneur.portal.support.PortalWebTest;
import id.jakpreneur.portal.support.RegistrationJourneys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A citizen without an e-mail address registers with her mobile number only (issue 17, decision 87), online and at
 * the counter: the activation link goes by WhatsApp (a WhatsApp channel that keeps what it is given stands in for
 * the provider here), she logs in with the number, and a number that is already a login is refused as an e-mail
 * address would be.
 */
@PortalWebTest
@Import(PhoneOnlyRegistrationTests.WhatsApp.class)
class PhoneOnlyRegistrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	WhatsApp whatsApp;

	/** A WhatsApp channel that keeps every message handed to it. */
	@TestConfiguration(proxyBeanMethods = false)
	static class WhatsApp {

		final BlockingQueue<OutgoingMessage> sent = new LinkedBlockingQueue<>();

		@Bean
		MessageChannel keepingWhatsAppChannel() {
			return new MessageChannel() {

				@Override
				public Channel channel() {
					return Channel.WHATSAPP;
				}

				@Override
				public void send(OutgoingMessage message) {
					sent.add(message);
				}

			};
		}

		/** The next message of this kind to this number, waiting for the outbox to send it (at most 10 s). */
		OutgoingMessage awaitTo(String recipient, String kind) throws InterruptedException {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
			while (System.nanoTime() < deadline) {
				OutgoingMessage message = sent.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
				if (message != null && message.recipient().equals(recipient) && message.kind().equals(kind)) {
					return message;
				}
			}
			throw new AssertionError("no " + kind + " message to " + recipient);
		}

	}

	/** A mobile number no other test uses: "0813" and eight digits. */
	private static String freshMobile() {
		return "0813" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
	}

	private static Map<String, String> withoutEmail(String mobile) {
		Map<String, String> form = RegistrationTests.validForm();
		form.put("email", "");
		form.put("phone", mobile);
		return form;
	}

	@Test
	void aCitizenWithoutEmailGetsHerActivationByWhatsAppAndLogsInWithHerNumber() throws Exception {
		String mobile = freshMobile();
		String normalised = "+62" + mobile.substring(1);
		RegistrationTests.submit(mvc, withoutEmail(mobile)).andExpect(redirectedUrl("/register/received?by=phone"));
		mvc.perform(get("/register/received").param("by", "phone"))
			.andExpect(content().string(containsString("lewat WhatsApp/SMS ke nomor HP")));
		Map<String, Object> account = jdbc.queryForMap("select email, phone, enabled from account where phone = ?",
				normalised);
		assertThat(account).containsEntry("email", null).containsEntry("enabled", false);

		OutgoingMessage activation = whatsApp.awaitTo(normalised, "REGISTRATION_ACTIVATION");
		String token = activation.secret().substring(activation.secret().indexOf("token=") + 6);
		Cookie session = mvc.perform(post("/register/activate").with(csrf()).param("token", token))
			.andExpect(redirectedUrl("/me"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		mvc.perform(get("/me").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Halo, Rina Marlina")));
		assertThat(accounts.findIdByLoginName(mobile)).isPresent();
	}

	@Test
	void aNumberThatIsAlreadyALoginStoresNothingAndItsOwnerIsTold() throws Exception {
		String mobile = freshMobile();
		String normalised = "+62" + mobile.substring(1);
		Map<String, String> owner = RegistrationTests.validForm();
		owner.put("phone", mobile);
		RegistrationTests.submit(mvc, owner).andExpect(redirectedUrl("/register/received"));
		whatsApp.awaitTo(normalised, "REGISTRATION_ACTIVATION");

		Map<String, String> again = withoutEmail(mobile);
		RegistrationTests.submit(mvc, again).andExpect(redirectedUrl("/register/received?by=phone"));
		whatsApp.awaitTo(normalised, "EMAIL_TAKEN");
		assertThat(jdbc.queryForObject("select count(*) from participant where phone = ?", Long.class, normalised))
			.isOne();
	}

	@Test
	void atTheCounterAnEmailIsOptionalToo() throws Exception {
		String mobile = freshMobile();
		// answered with the printable activation slip, which leads back to the new record
		String location = (String) RegistrationJourneys
			.counter(mvc, r -> r.with(DemoUsers.as(accounts, Role.OFFICER)), withoutEmail(mobile))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("slipBack");
		assertThat(location).matches("/officer/entrepreneurs/\\d+");
		assertThat(jdbc.queryForObject("select email from account where phone = ?", String.class,
				"+62" + mobile.substring(1))).isNull();

		Map<String, String> same = withoutEmail(mobile);
		RegistrationJourneys.counter(mvc, r -> r.with(DemoUsers.as(accounts, Role.OFFICER)), same)
			.andExpect(model().attribute("step", org.hamcrest.Matchers.hasToString("ACCOUNT")))
			.andExpect(model().attributeHasFieldErrorCode("form", "phone", "registration.phone.taken"));
	}

}
