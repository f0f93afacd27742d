package id.jakpreneur.portal.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;

import id.jakpreneur.portal.mentoring.domain.MentoringSettings;
import id.jakpreneur.portal.mentoring.domain.NoticeMailer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Without a mail server ({@code spring.mail.host} unset, so no {@link JavaMailSender}) a notice is not mailed and
 * nothing fails; the mail text itself comes from the message bundle.
 */
class NoticeMailerTests {

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/mentoring");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	@Test
	void withoutAMailServerNothingIsSentAndNothingFails() {
		NoticeMailer mailer = new NoticeMailer(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
				messages(), MentoringSettings.defaults(), null);
		assertThatCode(() -> mailer.sendAfterCommit(42, NoticeKind.MENTOR_ASSIGNED, List.of("Rina"), "/me/mentoring"))
			.doesNotThrowAnyException();
		mailer.stop();
	}

	@Test
	void theMailSaysWhatTheNoticeSaysWithALinkIntoThePortal() {
		NoticeMailer mailer = new NoticeMailer(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
				messages(), new MentoringSettings(4, 120, 30, 90, 10, 5, 1, "portal@jakarta.go.id",
						"https://jakpreneur.jakarta.go.id/"),
				null);
		SimpleMailMessage mail = mailer.compose("siti@example.id", NoticeKind.SESSION_LOGGED,
				List.of("Rina Wulandari", "05-03-2026"), "/me/mentoring");
		assertThat(mail.getTo()).containsExactly("siti@example.id");
		assertThat(mail.getFrom()).isEqualTo("portal@jakarta.go.id");
		assertThat(mail.getText()).startsWith("Rina Wulandari mencatat sesi pendampingan tanggal 05-03-2026.")
			.contains("Buka portal: https://jakpreneur.jakarta.go.id/me/mentoring");
		mailer.stop();
	}

}
