package id.jakpreneur.portal.mentoring.domain;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.PreDestroy;

import id.jakpreneur.portal.mentoring.NoticeKind;
import id.jakpreneur.portal.shared.AfterCommit;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Sends a notice by email as well, when a mail server is configured ({@code spring.mail.host}, which makes Spring
 * Boot provide a {@link JavaMailSender}); without one it does nothing. Mail goes out after the commit (a notice of a
 * rolled-back change is never mailed) on one background thread, so a slow or absent mail server never slows or
 * breaks a page; a failure is logged without the address. Mails are in Bahasa Indonesia, the portal's default,
 * because the recipient's language choice lives in their browser.
 */
@Component
public class NoticeMailer implements MeterBinder {

	static final Locale MAIL_LOCALE = Locale.forLanguageTag("id");

	private static final Logger log = LoggerFactory.getLogger(NoticeMailer.class);

	private final ObjectProvider<JavaMailSender> mailSender;

	private final MessageSource messages;

	private final MentoringSettings settings;

	private final JdbcClient jdbc;

	private final ThreadPoolTaskExecutor executor;

	public NoticeMailer(ObjectProvider<JavaMailSender> mailSender, MessageSource messages, MentoringSettings settings,
			JdbcClient jdbc) {
		this.mailSender = mailSender;
		this.messages = messages;
		this.settings = settings;
		this.jdbc = jdbc;
		this.executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(1);
		executor.setMaxPoolSize(1);
		executor.setQueueCapacity(10_000);
		executor.setThreadNamePrefix("notice-mail-");
		executor.initialize();
	}

	@PreDestroy
	public void stop() {
		executor.shutdown();
	}

	/** The mail outbox's depth for the metrics: mails queued or being sent now (held in memory only). */
	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("jakpreneur.notice.mail.waiting", executor, e -> e.getQueueSize() + e.getActiveCount())
			.description("Notice e-mails queued or being sent")
			.register(registry);
	}

	public void sendAfterCommit(long accountId, NoticeKind kind, List<String> args, String link) {
		JavaMailSender sender = mailSender.getIfAvailable();
		if (sender == null) {
			return;
		}
		List<String> emails = jdbc.sql("select email from account_directory where id = :id and enabled")
			.param("id", accountId)
			.query(String.class)
			.list();
		if (emails.isEmpty()) {
			return;
		}
		SimpleMailMessage message = compose(emails.get(0), kind, args, link);
		AfterCommit.run(() -> executor.execute(() -> deliver(sender, message)));
	}

	public SimpleMailMessage compose(String to, NoticeKind kind, List<String> args, String link) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(settings.mailFrom());
		message.setTo(to);
		message.setSubject(messages.getMessage("mentoring.mail.subject", null, MAIL_LOCALE));
		String text = messages.getMessage("mentoring.notice." + kind.name(), args.toArray(), MAIL_LOCALE);
		message.setText(messages.getMessage("mentoring.mail.body",
				new Object[] { text, settings.portalUrl().replaceAll("/+$", "") + link }, MAIL_LOCALE));
		return message;
	}

	private static void deliver(JavaMailSender sender, SimpleMailMessage message) {
		try {
			sender.send(message);
		}
		catch (MailException ex) {
			log.warn("A notice email could not be sent: {}", ex.getClass().getSimpleName());
		}
	}

}
