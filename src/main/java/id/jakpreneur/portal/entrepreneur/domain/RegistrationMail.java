package id.jakpreneur.portal.entrepreneur.domain;

import java.util.Locale;

import jakarta.annotation.PreDestroy;

import id.jakpreneur.portal.shared.AfterCommit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * The mails of online registration: the activation link, the "your registration will be checked" answer to a claim,
 * and the warning to the owner of an address someone tried to register with. All three share one subject, so an
 * inbox list does not tell them apart. They go out after the commit (never for a rolled-back registration), on one
 * background thread, so the answer to the browser takes as long whatever the branch, and a slow mail server never
 * slows the page. Text in Bahasa Indonesia, then English. Without a mail server ({@code spring.mail.host} unset) no
 * registration can be activated: the portal says so at every attempt, without the address.
 */
@Component
public class RegistrationMail {

	private static final Logger log = LoggerFactory.getLogger(RegistrationMail.class);

	private static final Locale[] LANGUAGES = { Locale.forLanguageTag("id"), Locale.ENGLISH };

	private final ObjectProvider<JavaMailSender> mailSender;

	private final MessageSource messages;

	private final RegistrationSettings settings;

	private final ThreadPoolTaskExecutor executor;

	RegistrationMail(ObjectProvider<JavaMailSender> mailSender, MessageSource messages, RegistrationSettings settings) {
		this.mailSender = mailSender;
		this.messages = messages;
		this.settings = settings;
		this.executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(1);
		executor.setMaxPoolSize(1);
		executor.setQueueCapacity(10_000);
		executor.setThreadNamePrefix("registration-mail-");
		executor.initialize();
	}

	@PreDestroy
	void stop() {
		executor.shutdown();
	}

	/** The link that activates a new account. */
	void activation(String to, String fullName, String token) {
		String link = portalUrl() + "/register/activate?token=" + token;
		sendAfterCommit(to, "registration.mail.activation", fullName, link, settings.activationValidity().toDays());
	}

	/** To someone whose NIK another participant holds: the secretariat will check; it does not say why. */
	void claimReceived(String to, String fullName) {
		sendAfterCommit(to, "registration.mail.claim", fullName, portalUrl());
	}

	/** To the owner of an address that someone tried to register again. */
	void emailTaken(String to) {
		sendAfterCommit(to, "registration.mail.emailTaken", portalUrl() + "/login");
	}

	SimpleMailMessage compose(String to, String key, Object... args) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(settings.mailFrom());
		message.setTo(to);
		message.setSubject(messages.getMessage("registration.mail.subject", null, LANGUAGES[0]) + " / "
				+ messages.getMessage("registration.mail.subject", null, LANGUAGES[1]));
		StringBuilder text = new StringBuilder();
		for (Locale language : LANGUAGES) {
			if (!text.isEmpty()) {
				text.append("\n\n-----\n\n");
			}
			text.append(messages.getMessage(key, args, language));
		}
		message.setText(text.toString());
		return message;
	}

	private void sendAfterCommit(String to, String key, Object... args) {
		JavaMailSender sender = mailSender.getIfAvailable();
		if (sender == null) {
			log.warn("No mail server (spring.mail.host): a registration mail was not sent");
			return;
		}
		SimpleMailMessage message = compose(to, key, args);
		AfterCommit.run(() -> executor.execute(() -> deliver(sender, message)));
	}

	private String portalUrl() {
		return settings.portalUrl().replaceAll("/+$", "");
	}

	private static void deliver(JavaMailSender sender, SimpleMailMessage message) {
		try {
			sender.send(message);
		}
		catch (MailException ex) {
			log.warn("A registration email could not be sent: {}", ex.getClass().getSimpleName());
		}
	}

}
