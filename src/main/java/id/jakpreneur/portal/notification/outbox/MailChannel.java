package id.jakpreneur.portal.notification.outbox;

import id.jakpreneur.portal.notification.Channel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * E-mail through Spring Mail: available when a mail server is configured ({@code spring.mail.host}, which makes
 * Spring Boot provide a {@link JavaMailSender}); without one no e-mail is written to the outbox at all (decision 86).
 */
@Component
class MailChannel implements MessageChannel {

	private final ObjectProvider<JavaMailSender> mailSender;

	private final NotificationSettings settings;

	MailChannel(ObjectProvider<JavaMailSender> mailSender, NotificationSettings settings) {
		this.mailSender = mailSender;
		this.settings = settings;
	}

	@Override
	public Channel channel() {
		return Channel.EMAIL;
	}

	@Override
	public boolean available() {
		return mailSender.getIfAvailable() != null;
	}

	@Override
	public void send(OutgoingMessage message) {
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(settings.mailFrom());
		mail.setTo(message.recipient());
		mail.setSubject(message.subject());
		mail.setText(message.text());
		try {
			mailSender.getObject().send(mail);
		}
		catch (MailParseException ex) {
			throw new DeliveryException("MAIL_ADDRESS", true);
		}
		catch (MailException ex) {
			throw new DeliveryException("MAIL_" + ex.getClass().getSimpleName(), false);
		}
	}

}
